import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from '@ap/letters';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { Report } from '../support/report';
import { repeatFor } from '../support/repeat-for';

/** Figure 4: TC4 (the access ban) rendered from its template and sample data, one letter after another. */
export async function measureLetterRendering(report: Report, seconds: number): Promise<void> {
  const dir = loadConfig().letterTemplatesDir;
  const template = readFileSync(join(dir, 'TC4.docx'));
  const sample = JSON.parse(readFileSync(join(dir, 'TC4.sample.json'), 'utf8'));
  const { perSecond, msEach } = await repeatFor(seconds, () => renderDocx('TC4', template, sample));
  report.add('4 letter rendering: TC4', perSecond, 'letters/s');
  report.add('4 letter rendering: TC4, per letter', msEach, 'ms');
}
