import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@ap/common';
import { Roles } from '@ap/auth';
import { Database } from '@ap/persistence';
import { letterView } from './letter-view';
import { LettersService } from './letters.service';

const READERS = ['employee', 'team-lead', 'department-head', 'college', 'hr', 'legal', 'public-contacts-head', 'admin'] as const;

@ApiTags('letters')
@ApiBearerAuth()
@Controller('letters')
export class LettersController {
  constructor(
    private readonly letters: LettersService,
    private readonly db: Database,
  ) {}

  @Roles(...READERS)
  @Get()
  @ApiQuery({ name: 'incidentId', required: true })
  async list(@Query('incidentId', ParseUUIDPipe) incidentId: string) {
    return (await this.letters.listForIncident(incidentId)).map(letterView);
  }

  @Roles(...READERS)
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const letter = await this.db.read((uow) => this.letters.get(uow, id));
    if (!letter) throw new DomainError('not-found', `Brief ${id} bestaat niet`);
    return letterView(letter);
  }

  @Roles(...READERS)
  @Get(':id/docx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  async download(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const { letter, docx } = await this.letters.docx(id);
    const suffix = letter.status === 'final' ? '' : `-${letter.status}`;
    return new StreamableFile(docx, {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      disposition: `attachment; filename="${letter.code}${suffix}-${letter.id.slice(0, 8)}.docx"`,
    });
  }
}
