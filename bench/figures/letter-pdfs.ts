import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PdfConverter, renderDocx } from '@ap/letters';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { percentile, Report } from '../support/report';

/**
 * Figure 11: signed letters made PDF/A with LibreOffice, as the service does it after signing. Batched: the
 * letters waiting at one moment go through one LibreOffice run, its start-up paid once (the service's
 * warm path); per letter: LibreOffice started for each letter, the limit batching is measured against.
 * Milliseconds per letter, p50 and p99 over the runs, and the ratio batched / per letter.
 */
export async function measureLetterPdfs(report: Report, letters: number, batches: number): Promise<void> {
  const converter = new PdfConverter();
  if (!(await converter.available())) {
    console.log('11 letter PDFs: skipped, LibreOffice (soffice) is not installed');
    return;
  }
  const dir = loadConfig().letterTemplatesDir;
  const docx = renderDocx('TC4', readFileSync(join(dir, 'TC4.docx')), JSON.parse(readFileSync(join(dir, 'TC4.sample.json'), 'utf8')));
  // LibreOffice builds its profile on first use: not part of either figure.
  await converter.convert([docx]);

  const single: number[] = [];
  for (let i = 0; i < letters; i++) {
    const started = performance.now();
    await converter.convert([docx]);
    single.push(performance.now() - started);
  }
  const batched: number[] = [];
  for (let i = 0; i < batches; i++) {
    const started = performance.now();
    await converter.convert(Array.from({ length: letters }, () => docx));
    batched.push((performance.now() - started) / letters);
  }
  single.sort((a, b) => a - b);
  batched.sort((a, b) => a - b);
  report.add('11 letter PDF, LibreOffice per letter: p50', percentile(single, 50), 'ms');
  report.add('11 letter PDF, LibreOffice per letter: p99', percentile(single, 99), 'ms');
  report.add(`11 letter PDF, ${letters} letters per run: p50 per letter`, percentile(batched, 50), 'ms');
  report.add(`11 letter PDF, ${letters} letters per run: p99 per letter`, percentile(batched, 99), 'ms');
  report.add('11 letter PDF, batched / per letter (p50)', percentile(batched, 50) / percentile(single, 50), '');
}
