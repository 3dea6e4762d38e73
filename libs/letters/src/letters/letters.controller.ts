import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@ap/common';
import { AuthUser, CurrentUser, Roles } from '@ap/auth';
import { Database } from '@ap/persistence';
import { LetterAccess } from './letter-access';
import { ADDRESSED_ROLES, LETTER_STAFF } from './letter-readers';
import { letterView, LetterView } from './letter-view';
import { LettersService } from './letters.service';

const READERS = [...LETTER_STAFF, ...ADDRESSED_ROLES];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('letters')
@ApiBearerAuth()
@Controller('letters')
export class LettersController {
  constructor(
    private readonly letters: LettersService,
    private readonly access: LetterAccess,
    private readonly db: Database,
  ) {}

  /** The incident's letters; a reception sees only the signed letters addressed to receptions. */
  @Roles(...READERS)
  @Get()
  @ApiQuery({ name: 'incidentId', required: true })
  @ApiOkResponse({ type: [LetterView] })
  async list(@Query('incidentId', ParseUUIDPipe) incidentId: string, @CurrentUser() user: AuthUser): Promise<LetterView[]> {
    const letters = await this.letters.listForIncident(incidentId);
    return letters.filter((letter) => this.access.mayRead(user, letter)).map(letterView);
  }

  @Roles(...READERS)
  @Get(':id')
  @ApiOkResponse({ type: LetterView })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<LetterView> {
    const letter = await this.db.read((uow) => this.letters.get(uow, id));
    if (!letter) throw new DomainError('not-found', `Brief ${id} bestaat niet`);
    this.access.assertMayRead(user, letter);
    return letterView(letter);
  }

  @Roles(...READERS)
  @Get(':id/docx')
  @ApiOkResponse({ description: 'De brief als Word-bestand', content: { [DOCX]: { schema: { type: 'string', format: 'binary' } } } })
  async download(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<StreamableFile> {
    const { letter, docx } = await this.letters.docx(id);
    this.access.assertMayRead(user, letter);
    const suffix = letter.status === 'final' ? '' : `-${letter.status}`;
    return new StreamableFile(docx, {
      type: DOCX,
      disposition: `attachment; filename="${letter.code}${suffix}-${letter.id.slice(0, 8)}.docx"`,
    });
  }
}
