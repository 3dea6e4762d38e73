import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiQuery, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { IncomingMessage } from 'node:http';
import { ACCESS, DomainError, may, readRawBody } from '@ap/common';
import { Audited, AuditedRoute, AuthUser, CurrentUser, IncidentVisibility, Roles } from '@ap/auth';
import { TemplateLibrary } from './template-library';
import { TemplatePreview, PreviewSource } from './template-preview';
import { TemplatePublishing } from './template-publishing';
import { LetterTemplateDetailView, LetterTemplateView, PublicationView, PublishDto, RestoreDto, TemplateDiffView, TemplatePreviewView, UploadedVersionView } from './template-views';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** A letter is some tens of kB; a logo or two may add some. */
export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

function invalid(field: string, problem: string): DomainError {
  return new DomainError('invalid', 'Ongeldige invoer', [{ field, problems: [problem] }]);
}

function checkedSha(field: string, value: string | undefined): string {
  if (!value || !/^[0-9a-f]{64}$/.test(value)) throw invalid(field, 'Geef de sha256 van een versie: 64 tekens 0-9 en a-f.');
  return value;
}

const publicationNumber = new ParseIntPipe({ exceptionFactory: () => invalid('number', 'Geef het nummer van een publicatie: een heel getal.') });
/** A preview filled with an incident's data shows that incident's citizen: a read of the incident. */
const PREVIEW_OF_INCIDENT: AuditedRoute = {
  action: 'read',
  resource: 'incident',
  when: ({ query }) => typeof query.incident === 'string' && !!query.incident,
  ids: ({ query }) => [query.incident as string],
  details: ({ params }) => ({ part: 'letter-preview', code: params.code }),
};
const file = (content: Buffer, type: string, name: string) => new StreamableFile(content, { type, disposition: `attachment; filename="${name}"` });

/** The letter templates for legal staff: read, download, upload, preview, publish and restore. */
@ApiTags('letter templates')
@ApiBearerAuth()
@Roles(...ACCESS.letterTemplates)
@Controller('letter-templates')
export class LetterTemplatesController {
  constructor(
    private readonly library: TemplateLibrary,
    private readonly publishing: TemplatePublishing,
    private readonly preview: TemplatePreview,
    private readonly visibility: IncidentVisibility,
  ) {}

  /**
   * What a preview is filled with. A real incident's data is a citizen's personal data: only for the staff
   * who handle letters, of an incident whose letters they may read, not for everyone who may read the library.
   */
  private async previewSource(user: AuthUser, sample?: string, incident?: string): Promise<PreviewSource> {
    if (sample && incident) throw invalid('incident', 'Kies voorbeeldgegevens of een incident, niet allebei.');
    if (incident && !may(user.roles, 'handleLetters')) {
      throw new DomainError('forbidden', 'Een voorbeeld met de gegevens van een incident is er alleen voor wie brieven behandelt; kies voorbeeldgegevens.');
    }
    if (incident && !may(user.roles, 'allLetters')) await this.visibility.assertMayOpen(user, { reference: incident });
    return { sample: sample || undefined, incident: incident || undefined };
  }

  @Get()
  @ApiOkResponse({ type: [LetterTemplateView] })
  list(): Promise<LetterTemplateView[]> {
    return this.library.list();
  }

  @Get(':code')
  @ApiOkResponse({ type: LetterTemplateDetailView })
  detail(@Param('code') code: string): Promise<LetterTemplateDetailView> {
    return this.library.detail(code);
  }

  @Get(':code/versions/:sha/docx')
  @ApiOkResponse({ description: 'De versie als Word-bestand', content: { [DOCX]: { schema: { type: 'string', format: 'binary' } } } })
  async download(@Param('code') code: string, @Param('sha') sha: string): Promise<StreamableFile> {
    const docx = await this.library.docx(code, checkedSha('sha', sha));
    return file(docx, DOCX, `${code}-${sha.slice(0, 8)}.docx`);
  }

  /** Uploads a new version as the raw body (a .docx, at most 10 MB); it is checked and stored as a draft. */
  @Roles(...ACCESS.editLetterTemplates)
  @Post(':code/versions')
  @ApiQuery({ name: 'basedOn', required: false, description: 'De publicatie waarvan de upload is bewerkt' })
  @ApiQuery({ name: 'comment', required: false })
  @ApiCreatedResponse({ type: UploadedVersionView })
  @ApiUnprocessableEntityResponse({ description: 'De brief is geweigerd; `details.problems` noemt elk probleem met waar het staat' })
  @ApiPayloadTooLargeResponse({ description: 'Het bestand is groter dan 10 MB' })
  async upload(
    @Param('code') code: string,
    @Query('basedOn') basedOn: string | undefined,
    @Query('comment') comment: string | undefined,
    @Headers('content-type') contentType: string | undefined,
    @Req() req: IncomingMessage,
    @CurrentUser() user: AuthUser,
  ): Promise<UploadedVersionView> {
    if (basedOn !== undefined && !/^\d{1,9}$/.test(basedOn)) throw invalid('basedOn', 'Geef het nummer van een publicatie: een heel getal.');
    if (comment !== undefined && comment.length > 500) throw invalid('comment', 'De toelichting is te lang: hoogstens 500 tekens.');
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (type && ![DOCX, 'application/octet-stream'].includes(type)) throw invalid('body', `Stuur de brief als Word-document (${DOCX}), niet als "${type}".`);
    const docx = await readRawBody(req, MAX_TEMPLATE_BYTES, 'Het bestand');
    return this.publishing.upload(code, docx, { comment, basedOn: basedOn === undefined ? null : Number(basedOn) }, { id: user.id, name: user.displayName });
  }

  @Roles(...ACCESS.editLetterTemplates)
  @Post(':code/versions/:sha/publish')
  @HttpCode(201)
  @ApiCreatedResponse({ type: PublicationView })
  @ApiUnprocessableEntityResponse({ description: 'De versie vult niet met alle voorbeeldgegevens of is niet (meer) geldig; `details.problems` noemt ze' })
  @ApiConflictResponse({ description: 'Intussen is een andere versie gepubliceerd dan die waarop deze was gebaseerd, of deze versie is al in gebruik' })
  publish(@Param('code') code: string, @Param('sha') sha: string, @Body() dto: PublishDto, @CurrentUser() user: AuthUser): Promise<PublicationView> {
    return this.publishing.publish(code, checkedSha('sha', sha), dto, { id: user.id, name: user.displayName });
  }

  @Roles(...ACCESS.editLetterTemplates)
  @Post(':code/publications/:number/restore')
  @HttpCode(201)
  @ApiCreatedResponse({ type: PublicationView, description: 'De versie van die publicatie, opnieuw gepubliceerd als de nieuwste' })
  restore(@Param('code') code: string, @Param('number', publicationNumber) number: number, @Body() dto: RestoreDto, @CurrentUser() user: AuthUser): Promise<PublicationView> {
    return this.publishing.restore(code, number, dto, { id: user.id, name: user.displayName });
  }

  @Get(':code/diff')
  @ApiOkResponse({ type: TemplateDiffView })
  diff(@Param('code') code: string, @Query('from') from: string, @Query('to') to: string): Promise<TemplateDiffView> {
    return this.library.diff(code, checkedSha('from', from), checkedSha('to', to));
  }

  @Get(':code/versions/:sha/preview')
  @Audited(PREVIEW_OF_INCIDENT)
  @ApiQuery({ name: 'sample', required: false, description: 'De naam van een set voorbeeldgegevens; standaard de voorbeeldwaarden' })
  @ApiQuery({ name: 'incident', required: false, description: 'Het kenmerk van een incident, bv. AG-2026-00012' })
  @ApiOkResponse({ type: TemplatePreviewView })
  async text(@Param('code') code: string, @Param('sha') sha: string, @CurrentUser() user: AuthUser, @Query('sample') sample?: string, @Query('incident') incident?: string): Promise<TemplatePreviewView> {
    return this.preview.text(code, checkedSha('sha', sha), await this.previewSource(user, sample, incident));
  }

  @Get(':code/versions/:sha/preview.pdf')
  @Audited(PREVIEW_OF_INCIDENT)
  @ApiQuery({ name: 'sample', required: false })
  @ApiQuery({ name: 'incident', required: false })
  @ApiOkResponse({ description: 'Het voorbeeld als PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async pdf(@Param('code') code: string, @Param('sha') sha: string, @CurrentUser() user: AuthUser, @Query('sample') sample?: string, @Query('incident') incident?: string): Promise<StreamableFile> {
    const pdf = await this.preview.asPdf(code, checkedSha('sha', sha), await this.previewSource(user, sample, incident));
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${code}-voorbeeld.pdf"` });
  }

  @Get(':code/versions/:sha/preview.docx')
  @Audited(PREVIEW_OF_INCIDENT)
  @ApiQuery({ name: 'sample', required: false })
  @ApiQuery({ name: 'incident', required: false })
  @ApiOkResponse({ description: 'Het voorbeeld als Word-bestand', content: { [DOCX]: { schema: { type: 'string', format: 'binary' } } } })
  async previewDocx(@Param('code') code: string, @Param('sha') sha: string, @CurrentUser() user: AuthUser, @Query('sample') sample?: string, @Query('incident') incident?: string): Promise<StreamableFile> {
    const { docx } = await this.preview.render(code, checkedSha('sha', sha), await this.previewSource(user, sample, incident));
    return file(docx, DOCX, `${code}-voorbeeld.docx`);
  }
}
