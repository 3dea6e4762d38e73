import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '@ap/common';
import { LetterTemplatePublicationEntity, UnitOfWork } from '@ap/persistence';

export function sha256(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex');
}

/** The version new letters of a code use: its newest publication. */
export interface LiveTemplate {
  code: string;
  number: number;
  sha256: string;
  docx: Buffer;
}

export interface NewVersion {
  code: string;
  docx: Buffer;
  at: Date;
  sourceFile?: string;
  uploadedBy?: { id: string; name: string };
  comment?: string | null;
  basedOn?: number | null;
}

export interface NewPublication {
  code: string;
  sha256: string;
  at: Date;
  sourceFile?: string;
  publishedBy?: { id: string; name: string };
  comment?: string | null;
  restores?: number | null;
}

/**
 * The stored versions of the letter templates and their publications. A version never changes, so its
 * document is kept in memory once read; which one is live is read from the database each time, so every
 * service process drafts on a version another one published, without a restart.
 */
@Injectable()
export class TemplateVersions {
  private readonly documents = new Map<string, Buffer>();

  async live(uow: UnitOfWork, code: string): Promise<LiveTemplate> {
    const publication = await this.newestPublication(uow, code);
    if (!publication) throw new DomainError('unprocessable', `Er is geen briefsjabloon ${code}`);
    const docx = await this.docx(uow, code, publication.sha256);
    return { code, number: publication.number, sha256: publication.sha256, docx: docx! };
  }

  newestPublication(uow: UnitOfWork, code: string): Promise<LetterTemplatePublicationEntity | null> {
    return uow.letterTemplatePublications.findOne({ where: { code }, order: { number: 'DESC' } });
  }

  /** The document of one version, or null if it was never stored. */
  async docx(uow: UnitOfWork, code: string, sha: string): Promise<Buffer | null> {
    const key = `${code}:${sha}`;
    let docx = this.documents.get(key);
    if (!docx) {
      const version = await uow.letterTemplateVersions.findOne({ where: { code, sha256: sha }, select: { code: true, docx: true } });
      if (!version) return null;
      docx = version.docx;
      this.documents.set(key, docx);
    }
    return docx;
  }

  /** Stores a version; the same content stored before is that version, as it was first stored. */
  async store(uow: UnitOfWork, version: NewVersion): Promise<string> {
    const hash = sha256(version.docx);
    await uow.letterTemplateVersions
      .createQueryBuilder()
      .insert()
      .values({
        code: version.code,
        sha256: hash,
        docx: version.docx,
        firstSeenAt: version.at,
        sourceFile: version.sourceFile ?? null,
        uploadedBy: version.uploadedBy?.id ?? null,
        uploadedByName: version.uploadedBy?.name ?? null,
        comment: version.comment ?? null,
        basedOn: version.basedOn ?? null,
      })
      .orIgnore()
      .execute();
    return hash;
  }

  /** Makes a stored version live for new letters, as the next publication of its code. */
  async publish(uow: UnitOfWork, publication: NewPublication): Promise<LetterTemplatePublicationEntity> {
    // One publication of a code at a time, across service processes.
    await uow.query('SELECT pg_advisory_xact_lock(7140023, hashtext($1))', [publication.code]);
    const newest = await this.newestPublication(uow, publication.code);
    return uow.letterTemplatePublications.save(
      uow.letterTemplatePublications.create({
        code: publication.code,
        number: (newest?.number ?? 0) + 1,
        sha256: publication.sha256,
        publishedAt: publication.at,
        sourceFile: publication.sourceFile ?? null,
        publishedBy: publication.publishedBy?.id ?? null,
        publishedByName: publication.publishedBy?.name ?? null,
        comment: publication.comment ?? null,
        restores: publication.restores ?? null,
      }),
    );
  }
}
