import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Injectable, Logger } from '@nestjs/common';

/** LibreOffice's PDF export, writing PDF/A-2b: the archival form a sent letter is kept in. */
const PDF_A = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}';
const TIMEOUT_MS = 120_000;
const PREVIEWS_KEPT = 32;

async function findOnPath(names: string[]): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (await access(candidate).then(() => true, () => false)) return candidate;
    }
  }
  return null;
}

/**
 * Turns letters into PDF/A with LibreOffice headless (`soffice --convert-to`). One conversion at a time per
 * service process, on a profile of its own that is kept between conversions, since LibreOffice cannot
 * share a profile between two running instances and building one costs seconds. Where LibreOffice is not
 * installed (SOFFICE_PATH unset and no `soffice` on the PATH) the product says so and keeps letters as
 * DOCX only.
 */
@Injectable()
export class PdfConverter {
  private readonly logger = new Logger(PdfConverter.name);
  private binary: Promise<string | null> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private profile: string | null = null;
  private readonly previews = new Map<string, Promise<Buffer | null>>();

  /** The LibreOffice program, or null where there is none. */
  soffice(): Promise<string | null> {
    this.binary ??= (process.env.SOFFICE_PATH !== undefined ? Promise.resolve(process.env.SOFFICE_PATH || null) : findOnPath(['soffice', 'libreoffice'])).then((found) => {
      if (!found) this.logger.warn('LibreOffice (soffice) is not installed: letters are kept as DOCX only, without PDF');
      return found;
    });
    return this.binary;
  }

  async available(): Promise<boolean> {
    return (await this.soffice()) !== null;
  }

  /**
   * One document to read now (a draft for its signer, a template preview), not to keep: the same bytes
   * asked again, or by several at once, are converted once, since each conversion costs seconds.
   */
  async preview(document: Buffer): Promise<Buffer | null> {
    const key = createHash('sha256').update(document).digest('hex');
    let pdf = this.previews.get(key);
    if (!pdf) {
      pdf = this.convert([document]).then((pdfs) => pdfs?.[0] ?? null);
      pdf.catch(() => this.previews.delete(key));
      this.previews.set(key, pdf);
      // The oldest previews go first; a few dozen cover the letters being signed at any one time.
      while (this.previews.size > PREVIEWS_KEPT) this.previews.delete(this.previews.keys().next().value!);
    }
    return pdf;
  }

  /** Converts documents in one LibreOffice run (a batch costs one start-up); null where LibreOffice is missing. */
  async convert(documents: Buffer[]): Promise<Buffer[] | null> {
    const soffice = await this.soffice();
    if (!soffice || !documents.length) return soffice ? [] : null;
    const run = this.queue.then(() => this.run(soffice, documents));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(soffice: string, documents: Buffer[]): Promise<Buffer[]> {
    this.profile ??= join(tmpdir(), `agressieprotocol-soffice-${process.pid}`);
    await mkdir(this.profile, { recursive: true });
    const dir = await mkdtemp(join(tmpdir(), 'letter-pdf-'));
    try {
      const inputs = documents.map((_, i) => join(dir, `letter-${i}.docx`));
      await Promise.all(inputs.map((file, i) => writeFile(file, documents[i])));
      const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(this.profile)}`, '--convert-to', PDF_A, '--outdir', dir, ...inputs];
      await new Promise<void>((resolve, reject) =>
        execFile(soffice, args, { timeout: TIMEOUT_MS, env: { ...process.env, HOME: this.profile! } }, (err, _stdout, stderr) =>
          err ? reject(new Error(`LibreOffice could not convert the letter: ${stderr || err.message}`)) : resolve(),
        ),
      );
      return await Promise.all(
        inputs.map((file) =>
          readFile(file.replace(/\.docx$/, '.pdf')).catch(() => {
            throw new Error('LibreOffice wrote no PDF for the letter');
          }),
        ),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
