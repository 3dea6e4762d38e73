import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock, PollingLoop } from '@ap/common';
import { Database, UnitOfWork } from '@ap/persistence';
import { sha256 } from '../templates/template-versions';
import { PdfConverter } from './pdf-converter';

export const LETTER_PDF_OPTIONS = Symbol('LETTER_PDF_OPTIONS');

export interface LetterPdfOptions {
  /** How often a service process looks for signed letters without a PDF; 0: never (tests convert themselves). */
  pollMs: number;
}

const CLAIM_MS = 5 * 60_000;
/** Letters converted in one LibreOffice run: one start-up for all of them. */
const BATCH = 10;

/** A letter's PDF as stored, or where it stands. */
export type StoredPdf = { state: 'ready'; pdf: Buffer; sha256: string } | { state: 'pending' } | { state: 'none' };

/**
 * The PDF/A of every signed letter. Signing requests it in the letter's own transaction; a service process
 * converts it after the commit, outside the request (LibreOffice takes seconds): it claims pending letters
 * with a lease (SKIP LOCKED), so several processes never convert one twice, and a letter whose conversion
 * was cut off by a crash is converted when the lease ends. A PDF, once stored, is kept unchanged.
 */
@Injectable()
export class LetterPdfs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LetterPdfs.name);
  private readonly loop: PollingLoop;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly converter: PdfConverter,
    @Inject(LETTER_PDF_OPTIONS) options: LetterPdfOptions,
  ) {
    this.loop = new PollingLoop(options.pollMs, () => this.convertDue(), (err) =>
      this.logger.error(`Making letter PDFs failed: ${err instanceof Error ? err.message : err}`),
    );
  }

  /** Asks for the PDF of a letter being signed, in the signing's transaction. */
  async request(uow: UnitOfWork, letterId: string, now: Date): Promise<void> {
    await uow.letterPdfs.createQueryBuilder().insert().values({ letterId, requestedAt: now }).orIgnore().execute();
  }

  /** Converts every signed letter without a PDF; returns how many were made. */
  async convertDue(): Promise<number> {
    if (!(await this.converter.available())) return 0;
    let made = 0;
    for (;;) {
      const batch = await this.claim();
      if (!batch.length) return made;
      made += await this.convert(batch);
    }
  }

  async stored(letterId: string): Promise<StoredPdf> {
    const row = await this.db.read((uow) => uow.letterPdfs.findOne({ where: { letterId }, select: { letterId: true, pdf: true, sha256: true } }));
    if (!row) return { state: 'none' };
    return row.pdf && row.sha256 ? { state: 'ready', pdf: row.pdf, sha256: row.sha256 } : { state: 'pending' };
  }

  private claim(): Promise<{ letterId: string; docx: Buffer }[]> {
    const now = this.clock.now();
    return this.db.transaction(async (uow) => {
      const rows = await uow.query<{ letter_id: string }>(
        `WITH claimed AS (
           UPDATE letter_pdfs SET claimed_until = $2, attempts = attempts + 1
            WHERE letter_id IN (SELECT letter_id FROM letter_pdfs
                                 WHERE pdf IS NULL AND (claimed_until IS NULL OR claimed_until < $1)
                                 ORDER BY requested_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
            RETURNING letter_id)
         SELECT letter_id FROM claimed`,
        [now, new Date(now.getTime() + CLAIM_MS)],
      );
      if (!rows.length) return [];
      const letters = await uow.letters.find({ where: rows.map((r) => ({ id: r.letter_id })), select: { id: true, docx: true } as any });
      return letters.map((l) => ({ letterId: l.id, docx: l.docx }));
    });
  }

  private async convert(batch: { letterId: string; docx: Buffer }[]): Promise<number> {
    let pdfs: Buffer[] | null;
    try {
      pdfs = await this.converter.convert(batch.map((b) => b.docx));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.logger.warn(`Letter PDFs not made (${batch.length} letters): ${message}`);
      // Tried again when the lease ends.
      await this.db.transaction((uow) => uow.letterPdfs.update(batch.map((b) => b.letterId), { lastError: message }));
      return 0;
    }
    if (!pdfs) return 0;
    const now = this.clock.now();
    await this.db.transaction(async (uow) => {
      for (const [i, { letterId }] of batch.entries()) {
        await uow.query(`UPDATE letter_pdfs SET pdf = $2, sha256 = $3, created_at = $4, claimed_until = NULL, last_error = NULL WHERE letter_id = $1 AND pdf IS NULL`, [
          letterId,
          pdfs![i],
          sha256(pdfs![i]),
          now,
        ]);
      }
    });
    return batch.length;
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
