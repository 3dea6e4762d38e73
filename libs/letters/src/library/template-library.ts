import { Injectable } from '@nestjs/common';
import { diffArrays } from 'diff';
import { DomainError, isRole, ROLES } from '@ap/common';
import { Database, LetterTemplatePublicationEntity, LetterTemplateVersionEntity, UnitOfWork } from '@ap/persistence';
import { LETTER_FIELDS } from '../data/letter-data';
import { PdfConverter } from '../pdf/pdf-converter';
import { checkTemplate } from '../templates/checks/template-check';
import { letterText } from '../templates/checks/docx-paragraphs';
import { TemplateFiles } from '../templates/template-files';
import { TemplateVersions } from '../templates/template-versions';
import { LibrarySources, LetterUse } from './library-sources';
import { LetterTemplateDetailView, LetterTemplateView, PublicationView, TemplateDiffView, TemplateVersionView } from './template-views';

export function publicationView(p: LetterTemplatePublicationEntity): PublicationView {
  return { number: p.number, sha256: p.sha256, publishedAt: p.publishedAt, publishedByName: p.publishedByName, sourceFile: p.sourceFile, comment: p.comment, restores: p.restores };
}

export function versionView(v: LetterTemplateVersionEntity, publications: LetterTemplatePublicationEntity[]): TemplateVersionView {
  return {
    sha256: v.sha256,
    storedAt: v.firstSeenAt,
    uploadedByName: v.uploadedByName,
    sourceFile: v.sourceFile,
    comment: v.comment,
    basedOn: v.basedOn,
    publishedAs: publications.filter((p) => p.sha256 === v.sha256).map((p) => p.number),
  };
}

const roleName = (role: string) => (isRole(role) ? ROLES[role] : role);

/** The template library as legal staff read it: every letter with its use, its versions and its fields. */
@Injectable()
export class TemplateLibrary {
  constructor(
    private readonly db: Database,
    private readonly files: TemplateFiles,
    private readonly versions: TemplateVersions,
    private readonly sources: LibrarySources,
    private readonly pdf: PdfConverter,
  ) {}

  async list(): Promise<LetterTemplateView[]> {
    const uses = await this.sources.uses();
    return this.db.read(async (uow) => {
      const live = await uow.query<{ code: string; number: number }>('SELECT DISTINCT ON (code) code, number FROM letter_template_publications ORDER BY code, number DESC');
      const drafts = await uow.query<{ code: string; drafts: string }>(
        `SELECT v.code, count(*) AS drafts FROM letter_template_versions v
         WHERE NOT EXISTS (SELECT 1 FROM letter_template_publications p WHERE p.code = v.code AND p.sha256 = v.sha256) GROUP BY v.code`,
      );
      const publications = await uow.letterTemplatePublications.find({ where: live.map(({ code, number }) => ({ code, number })) });
      return this.files.codes().map((code) =>
        this.summary(
          code,
          uses,
          publications.find((p) => p.code === code) ?? null,
          Number(drafts.find((d) => d.code === code)?.drafts ?? 0),
        ),
      );
    });
  }

  async detail(code: string): Promise<LetterTemplateDetailView> {
    this.assertCode(code);
    const uses = await this.sources.uses();
    return this.db.read(async (uow) => {
      const versions = await uow.letterTemplateVersions.find({ where: { code }, order: { firstSeenAt: 'DESC', sha256: 'ASC' } });
      const publications = await uow.letterTemplatePublications.find({ where: { code }, order: { number: 'DESC' } });
      const live = publications[0] ?? null;
      const used = new Set(live ? checkTemplate(code, (await this.versions.docx(uow, code, live.sha256))!, this.files.catalogue).fields : []);
      const required = new Set(this.files.catalogue.requiredFields);
      const views = versions.map((v) => versionView(v, publications));
      return {
        ...this.summary(code, uses, live, views.filter((v) => !v.publishedAs.length).length),
        fields: LETTER_FIELDS.map((f) => ({ tag: f.tag, description: f.description, example: String(f.example), optional: f.optional, required: required.has(f.tag), used: used.has(f.tag) })),
        versions: views,
        publications: publications.map(publicationView),
        samples: this.files.samples(code).map((s) => s.name),
        pdfAvailable: await this.pdf.available(),
      };
    });
  }

  /** The document of a stored version. */
  async docx(code: string, sha: string): Promise<Buffer> {
    this.assertCode(code);
    return this.db.read((uow) => this.stored(uow, code, sha));
  }

  /** The letter's wording compared paragraph by paragraph between two stored versions. */
  async diff(code: string, from: string, to: string): Promise<TemplateDiffView> {
    const [before, after] = await Promise.all([this.docx(code, from), this.docx(code, to)]);
    const parts = diffArrays(letterText(before), letterText(after)).flatMap((change) =>
      change.value.map((text) => ({ kind: change.added ? ('added' as const) : change.removed ? ('removed' as const) : ('same' as const), text })),
    );
    return { parts };
  }

  async stored(uow: UnitOfWork, code: string, sha: string): Promise<Buffer> {
    const docx = await this.versions.docx(uow, code, sha);
    if (!docx) throw new DomainError('not-found', `Briefsjabloon ${code} heeft geen versie ${sha.slice(0, 12)}`);
    return docx;
  }

  assertCode(code: string): void {
    if (!this.files.codes().includes(code)) throw new DomainError('not-found', `Er is geen briefsjabloon ${code}`);
  }

  /** The role that signs letter `code` in the deployed models; the department head where no model drafts it. */
  async signerOf(code: string): Promise<string> {
    return (await this.sources.uses()).find((u) => u.code === code)?.signer ?? 'department-head';
  }

  private summary(code: string, uses: LetterUse[], live: LetterTemplatePublicationEntity | null, drafts: number): LetterTemplateView {
    const entry = this.files.catalogue.letters.get(code);
    const refused = this.files.refusedFiles().find((r) => r.code === code);
    return {
      code,
      purpose: entry?.purpose ?? '',
      decision: entry?.decision ?? false,
      addressees: (entry?.addressees ?? []).map(roleName),
      uses: uses.filter((u) => u.code === code).map((u) => ({ model: u.model, modelName: u.modelName, channels: u.channels, signer: roleName(u.signer) })),
      live: live ? publicationView(live) : null,
      refusedFile: refused ? { file: refused.file, problems: refused.problems } : null,
      drafts,
    };
  }
}
