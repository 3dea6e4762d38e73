import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@ap/auth';
import { PdfConverter, TemplateFiles } from '@ap/letters';
import { Database } from '@ap/persistence';
import { FileModels } from '@ap/workflow-runtime';
import { DATABASE_UNAVAILABLE, RETRY_AFTER_SECONDS } from './http-error.filter';

/** How long readiness waits for the database before it calls it unreachable. */
const READY_TIMEOUT_MS = 3000;

class HealthView {
  @ApiProperty({ example: 'ok' }) status: 'ok';
  @ApiProperty({
    type: [String],
    example: ['counter.bpmn'],
    description: 'Bestanden in processes/ die bij het starten zijn geweigerd; hun model draait op de opgeslagen versie (details in de modeller)',
  })
  refusedModelFiles: string[];
  @ApiProperty({
    type: [String],
    example: ['TC3.docx'],
    description: 'Bestanden in letter-templates/ die bij het starten zijn geweigerd; hun brief gebruikt de gepubliceerde versie (details in de sjabloonbibliotheek)',
  })
  refusedLetterTemplateFiles: string[];
  @ApiProperty({ description: 'Of ondertekende brieven ook als PDF/A worden bewaard; zonder LibreOffice alleen als DOCX' }) pdf: boolean;
}

class ReadinessView {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: 'ok' | 'unavailable';
  @ApiProperty({ example: 'De database antwoordt.' }) database: string;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly files: FileModels,
    private readonly templates: TemplateFiles,
    private readonly pdf: PdfConverter,
    private readonly db: Database,
  ) {}

  /** Liveness: the process answers. It does not touch the database, so an outage does not get it restarted. */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthView })
  async health(): Promise<HealthView> {
    return {
      status: 'ok',
      refusedModelFiles: this.files.refusedFiles().map((r) => r.file),
      refusedLetterTemplateFiles: this.templates.refusedFiles().map((r) => r.file),
      pdf: await this.pdf.available(),
    };
  }

  /** Readiness: the database answers too. 503 with Retry-After while it does not; a load balancer sends no traffic meanwhile. */
  @Public()
  @Get('ready')
  @ApiOkResponse({ type: ReadinessView })
  @ApiServiceUnavailableResponse({ type: ReadinessView, description: 'De database antwoordt niet' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessView> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS)));
    try {
      await Promise.race([this.db.read((uow) => uow.query('SELECT 1')), timeout]);
      return { status: 'ok', database: 'De database antwoordt.' };
    } catch {
      res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      return { status: 'unavailable', database: DATABASE_UNAVAILABLE };
    } finally {
      clearTimeout(timer);
    }
  }
}
