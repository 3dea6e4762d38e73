import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@ap/common';
import { Database } from '@ap/persistence';
import { renderDocx } from '../rendering/docx-renderer';
import { LetterRenderError } from '../rendering/letter-render-error';
import { checkTemplate } from '../templates/checks/template-check';
import { TemplateProblem } from '../templates/checks/template-problem';
import { TemplateFiles } from '../templates/template-files';
import { TemplateVersions } from '../templates/template-versions';
import { publicationView, TemplateLibrary, versionView } from './template-library';
import { PublicationView, UploadedVersionView } from './template-views';

export interface Editor {
  id: string;
  name: string;
}

const count = (problems: unknown[]) => (problems.length === 1 ? '1 probleem' : `${problems.length} problemen`);

/**
 * Legal staff's changes to the letters: an upload is checked and stored as a draft version; publishing
 * test-renders it with every sample and makes it the version new letters use; restoring publishes an
 * earlier version again. A refused upload or publication changes nothing.
 */
@Injectable()
export class TemplatePublishing {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly files: TemplateFiles,
    private readonly versions: TemplateVersions,
    private readonly library: TemplateLibrary,
  ) {}

  async upload(code: string, docx: Buffer, options: { comment?: string | null; basedOn?: number | null }, by: Editor): Promise<UploadedVersionView> {
    this.library.assertCode(code);
    const { problems } = checkTemplate(code, docx, this.files.catalogue);
    if (problems.length) throw new DomainError('unprocessable', `De brief ${code} is niet opgeslagen: ${count(problems)}`, { problems });
    return this.db.transaction(async (uow) => {
      const hash = await this.versions.store(uow, { code, docx, at: this.clock.now(), uploadedBy: by, comment: options.comment?.trim() || null, basedOn: options.basedOn ?? null });
      const version = await uow.letterTemplateVersions.findOneByOrFail({ code, sha256: hash });
      const publications = await uow.letterTemplatePublications.find({ where: { code }, order: { number: 'DESC' } });
      const newest = publications[0];
      const basedOn = options.basedOn ?? null;
      return {
        version: versionView(version, publications),
        stale: basedOn !== null && newest && newest.number > basedOn ? { basedOn, newest: publicationView(newest) } : null,
      };
    });
  }

  async publish(code: string, sha: string, options: { comment?: string; confirmStale?: boolean }, by: Editor): Promise<PublicationView> {
    this.library.assertCode(code);
    return this.db.transaction(async (uow) => {
      const docx = await this.library.stored(uow, code, sha);
      const version = await uow.letterTemplateVersions.findOneByOrFail({ code, sha256: sha });
      const newest = await this.versions.newestPublication(uow, code);
      if (newest?.sha256 === sha) throw new DomainError('conflict', `Deze versie van ${code} is al in gebruik (publicatie ${newest.number})`);
      if (newest && version.basedOn !== null && newest.number > version.basedOn && !options.confirmStale) {
        throw new DomainError(
          'conflict',
          `Deze versie is gebaseerd op publicatie ${version.basedOn}, maar intussen is publicatie ${newest.number} in gebruik genomen` +
            `${newest.publishedByName ? ` door ${newest.publishedByName}` : ''}. Vergelijk de versies en bevestig als u toch wilt publiceren.`,
          { basedOn: version.basedOn, newest: publicationView(newest) },
        );
      }
      this.assertRenders(code, docx);
      return publicationView(await this.versions.publish(uow, { code, sha256: sha, at: this.clock.now(), publishedBy: by, comment: options.comment?.trim() || null }));
    });
  }

  /** Publishes the version of an earlier publication again, as the newest one. */
  async restore(code: string, number: number, options: { comment?: string }, by: Editor): Promise<PublicationView> {
    this.library.assertCode(code);
    return this.db.transaction(async (uow) => {
      const earlier = await uow.letterTemplatePublications.findOneBy({ code, number });
      if (!earlier) throw new DomainError('not-found', `Briefsjabloon ${code} heeft geen publicatie ${number}`);
      const newest = await this.versions.newestPublication(uow, code);
      if (newest?.sha256 === earlier.sha256) throw new DomainError('conflict', `De versie van publicatie ${number} is al in gebruik (publicatie ${newest.number})`);
      this.assertRenders(code, await this.library.stored(uow, code, earlier.sha256));
      const comment = options.comment?.trim() || `Teruggezet naar publicatie ${number}`;
      return publicationView(await this.versions.publish(uow, { code, sha256: earlier.sha256, at: this.clock.now(), publishedBy: by, comment, restores: number }));
    });
  }

  /** A version is published only if it is still valid and every sample set fills it. */
  private assertRenders(code: string, docx: Buffer): void {
    const problems: TemplateProblem[] = [...checkTemplate(code, docx, this.files.catalogue).problems];
    for (const sample of this.files.samples(code)) {
      try {
        renderDocx(code, docx, sample.data);
      } catch (err) {
        const reason = err instanceof LetterRenderError ? (err.missing.length ? `ontbrekende gegevens: ${err.missing.join(', ')}` : err.problems.join('; ')) : (err as Error).message;
        problems.push({ message: `De brief vult niet met de voorbeeldgegevens ${sample.name}: ${reason}`, where: null, context: null });
      }
    }
    if (problems.length) throw new DomainError('unprocessable', `De brief ${code} is niet gepubliceerd: ${count(problems)}`, { problems });
  }
}
