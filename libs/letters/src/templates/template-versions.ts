import { Injectable } from '@nestjs/common';
import { Clock } from '@ap/common';
import { Database, UnitOfWork } from '@ap/persistence';
import { LetterTemplate } from './letter-template-store';

/**
 * Every version of every template the service has loaded, kept in the database: a letter drafted on one
 * version is signed on that version, even after legal staff changed the file and the service restarted.
 */
@Injectable()
export class TemplateVersions {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Records the loaded versions; a known one keeps its first-seen time, and several service processes may start at once. */
  async record(templates: LetterTemplate[]): Promise<void> {
    if (!templates.length) return;
    const firstSeenAt = this.clock.now();
    await this.db.transaction((uow) =>
      uow.letterTemplateVersions
        .createQueryBuilder()
        .insert()
        .values(templates.map((t) => ({ code: t.code, sha256: t.hash, docx: t.docx, firstSeenAt })))
        .orIgnore()
        .execute(),
    );
  }

  /** The DOCX of one version, or null if it was never recorded (a draft from before versions were kept). */
  async docx(uow: UnitOfWork, code: string, sha256: string): Promise<Buffer | null> {
    const version = await uow.letterTemplateVersions.findOne({ where: { code, sha256 }, select: { code: true, docx: true } });
    return version?.docx ?? null;
  }
}
