import { Injectable } from '@nestjs/common';
import merge from 'lodash/merge';
import { DomainError } from '@ap/common';
import { Database, LetterEntity, UnitOfWork } from '@ap/persistence';
import { DraftLetterData, SignedLetterData } from '../data/letter-data';
import { renderDocx } from '../rendering/docx-renderer';
import { LetterPdfs } from '../pdf/letter-pdfs';
import { sha256, TemplateVersions } from '../templates/template-versions';

export interface DraftRequest {
  incidentId: string;
  code: string;
  /** The letter's data without signature; `concept` is set here. */
  data: DraftLetterData;
  signerRole: string;
  now: Date;
}

export interface Signature {
  name: string;
  jobTitle: string;
}

/**
 * A letter's life: drafted by a service task, approved or sent back by its signer, then made final —
 * rendered once more with the signature and kept unchanged with its hash and template version.
 */
@Injectable()
export class LettersService {
  constructor(
    private readonly db: Database,
    private readonly versions: TemplateVersions,
    private readonly pdfs: LetterPdfs,
  ) {}

  async createDraft(uow: UnitOfWork, request: DraftRequest): Promise<LetterEntity> {
    const template = await this.versions.live(uow, request.code);
    const data = { ...request.data, concept: true };
    const docx = renderDocx(request.code, template.docx, data);
    return uow.letters.save(
      uow.letters.create({
        incidentId: request.incidentId,
        code: request.code,
        status: 'draft',
        templateHash: template.sha256,
        data,
        docx,
        sha256: sha256(docx),
        signerRole: request.signerRole,
        createdAt: request.now,
        decidedAt: null,
        decidedBy: null,
        rejectionComment: null,
        finalizedAt: null,
        erasedAt: null,
      }),
    );
  }

  /** The signer's decision on a draft: approved, or rejected with the reason for correction. */
  async decide(uow: UnitOfWork, letterId: string, decision: 'approve' | 'reject', by: string, now: Date, comment?: string): Promise<LetterEntity> {
    const letter = await this.lockDraft(uow, letterId);
    letter.status = decision === 'approve' ? 'approved' : 'rejected';
    letter.decidedAt = now;
    letter.decidedBy = by;
    letter.rejectionComment = decision === 'reject' ? (comment ?? null) : null;
    return uow.letters.save(letter);
  }

  /**
   * Renders the approved letter with the signature (and anything settled at signing, such as a ban's
   * dates), from the template version the draft was rendered from, even if the file has changed since,
   * and stores it for good.
   */
  async finalize(uow: UnitOfWork, letterId: string, signature: Signature, extra: SignedLetterData, now: Date): Promise<LetterEntity> {
    const letter = await uow.letters.findOne({ where: { id: letterId }, lock: { mode: 'pessimistic_write' } });
    if (!letter) throw new DomainError('not-found', `Brief ${letterId} bestaat niet`);
    if (letter.status !== 'approved') throw new DomainError('conflict', `Brief ${letter.code} is niet goedgekeurd (status: ${letter.status})`);
    const template = await this.versions.docx(uow, letter.code, letter.templateHash);
    if (!template) {
      throw new DomainError('conflict', `De sjabloonversie van het concept van brief ${letter.code} is niet bewaard; stel de brief opnieuw op`);
    }
    const data = merge({}, letter.data, extra, { concept: false, ondertekenaar: { naam: signature.name, functie: signature.jobTitle } });
    const docx = renderDocx(letter.code, template, data);
    letter.data = data;
    letter.docx = docx;
    letter.sha256 = sha256(docx);
    letter.status = 'final';
    letter.finalizedAt = now;
    const final = await uow.letters.save(letter);
    // Made after the commit, outside the signing: see LetterPdfs.
    await this.pdfs.request(uow, final.id, now);
    return final;
  }

  get(uow: UnitOfWork, id: string): Promise<LetterEntity | null> {
    return uow.letters.findOneBy({ id });
  }

  listForIncident(incidentId: string): Promise<LetterEntity[]> {
    return this.db.read((uow) => uow.letters.find({ where: { incidentId }, order: { createdAt: 'ASC' } }));
  }

  async docx(id: string): Promise<{ letter: LetterEntity; docx: Buffer }> {
    return this.db.read(async (uow) => {
      const letter = await uow.letters.findOne({ where: { id }, select: { id: true, code: true, status: true, incidentId: true, docx: true, sha256: true } as any });
      if (!letter) throw new DomainError('not-found', `Brief ${id} bestaat niet`);
      return { letter, docx: letter.docx };
    });
  }

  private async lockDraft(uow: UnitOfWork, letterId: string): Promise<LetterEntity> {
    const letter = await uow.letters.findOne({ where: { id: letterId }, lock: { mode: 'pessimistic_write' } });
    if (!letter) throw new DomainError('not-found', `Brief ${letterId} bestaat niet`);
    if (letter.status !== 'draft') throw new DomainError('conflict', `Brief ${letter.code} is geen concept meer (status: ${letter.status})`);
    return letter;
  }
}
