import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainError, UuidPipe } from '@ap/common';
import { Audited, AuthUser, CurrentUser, idsOf, Roles } from '@ap/auth';
import { Database } from '@ap/persistence';
import { LetterAccess } from './letter-access';
import { ADDRESSED_ROLES, LETTER_STAFF } from './letter-readers';
import { PdfConverter } from '../pdf/pdf-converter';
import { LetterPdfs } from '../pdf/letter-pdfs';
import { LetterView, letterViews } from './letter-view';
import { LettersService } from './letters.service';
import { LetterVerification, LetterVerificationView } from '../verification/letter-verification';

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
    private readonly converter: PdfConverter,
    private readonly pdfs: LetterPdfs,
    private readonly verification: LetterVerification,
  ) {}

  /** The incident's letters; a reception sees only the signed letters addressed to receptions. */
  @Roles(...READERS)
  @Get()
  @Audited({ action: 'read', resource: 'letter', ids: (_, letters) => idsOf(letters), details: ({ query }) => ({ incidentId: query.incidentId }) })
  @ApiQuery({ name: 'incidentId', required: true })
  @ApiOkResponse({ type: [LetterView] })
  async list(@Query('incidentId', UuidPipe) incidentId: string, @CurrentUser() user: AuthUser): Promise<LetterView[]> {
    await this.access.assertMayList(user, incidentId);
    const letters = await this.access.readable(user, await this.letters.listForIncident(incidentId));
    const available = await this.converter.available();
    return this.db.read((uow) => letterViews(uow, letters, available));
  }

  @Roles(...READERS)
  @Get(':id')
  @Audited({ action: 'read', resource: 'letter' })
  @ApiOkResponse({ type: LetterView })
  async get(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<LetterView> {
    const letter = await this.db.read((uow) => this.letters.get(uow, id));
    if (!letter) throw new DomainError('not-found', `Brief ${id} bestaat niet`);
    await this.access.assertMayRead(user, letter);
    const available = await this.converter.available();
    return (await this.db.read((uow) => letterViews(uow, [letter], available)))[0];
  }

  @Roles(...READERS)
  @Get(':id/docx')
  @Audited({ action: 'download', resource: 'letter', details: () => ({ format: 'docx' }) })
  @ApiOkResponse({ description: 'De brief als Word-bestand', content: { [DOCX]: { schema: { type: 'string', format: 'binary' } } } })
  async download(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<StreamableFile> {
    const { letter, docx } = await this.letters.docx(id);
    await this.access.assertMayRead(user, letter);
    const suffix = letter.status === 'final' ? '' : `-${letter.status}`;
    return new StreamableFile(docx, {
      type: DOCX,
      disposition: `attachment; filename="${letter.code}${suffix}-${letter.id.slice(0, 8)}.docx"`,
    });
  }

  /**
   * The signed letter as the PDF/A kept with it, byte for byte; a draft as PDF made now, for its signer to
   * read as it will be sent (not kept: it is not the letter yet).
   */
  @Roles(...READERS)
  @Get(':id/pdf')
  @Audited({ action: 'download', resource: 'letter', details: () => ({ format: 'pdf' }) })
  @ApiOkResponse({ description: 'De brief als PDF/A', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async pdf(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<StreamableFile> {
    const { letter, docx } = await this.letters.docx(id);
    await this.access.assertMayRead(user, letter);
    const name = `${letter.code}${letter.status === 'final' ? '' : `-${letter.status}`}-${letter.id.slice(0, 8)}.pdf`;
    const file = (pdf: Buffer) => new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${name}"` });
    if (letter.status !== 'final') {
      const pdf = await this.converter.preview(docx);
      if (!pdf) throw new DomainError('not-found', 'Deze service maakt geen PDF: LibreOffice is niet geïnstalleerd. Download de brief als Word-bestand.');
      return file(pdf);
    }
    const stored = await this.pdfs.stored(id);
    if (stored.state === 'ready') return file(stored.pdf);
    if (!(await this.converter.available())) throw new DomainError('not-found', 'Deze service maakt geen PDF: LibreOffice is niet geïnstalleerd. Download de brief als Word-bestand.');
    throw new DomainError('conflict', `De PDF van brief ${letter.code} wordt nog gemaakt; probeer het over een minuut opnieuw.`);
  }

  /**
   * Whether the letter is what was signed: rendered again from its stored template version and data, it
   * must have the sha256 recorded at signing. The answer says so in words, also when it cannot be checked
   * any more because the citizen's data was erased.
   */
  @Roles(...READERS)
  @Get(':id/verification')
  @Audited({ action: 'read', resource: 'letter', details: () => ({ verification: true }) })
  @ApiOkResponse({ type: LetterVerificationView })
  async verify(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<LetterVerificationView> {
    const letter = await this.db.read((uow) => this.letters.get(uow, id));
    if (!letter) throw new DomainError('not-found', `Brief ${id} bestaat niet`);
    await this.access.assertMayRead(user, letter);
    return this.verification.verify(id);
  }
}
