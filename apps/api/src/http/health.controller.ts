import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@ap/auth';
import { PdfConverter, TemplateFiles } from '@ap/letters';
import { FileModels } from '@ap/workflow-runtime';

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

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly files: FileModels,
    private readonly templates: TemplateFiles,
    private readonly pdf: PdfConverter,
  ) {}

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
}
