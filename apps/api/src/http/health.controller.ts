import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@ap/auth';
import { FileModels } from '@ap/workflow-runtime';

class HealthView {
  @ApiProperty({ example: 'ok' }) status: 'ok';
  @ApiProperty({
    type: [String],
    example: ['counter.bpmn'],
    description: 'Bestanden in processes/ die bij het starten zijn geweigerd; hun model draait op de opgeslagen versie (details in de modeller)',
  })
  refusedModelFiles: string[];
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly files: FileModels) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthView })
  health(): HealthView {
    return { status: 'ok', refusedModelFiles: this.files.refusedFiles().map((r) => r.file) };
  }
}
