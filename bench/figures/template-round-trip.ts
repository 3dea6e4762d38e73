import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { checkTemplate, loadCatalogue, renderDocx } from '@ap/letters';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { login } from '../support/api';
import { percentile, Report } from '../support/report';
import { ServiceProcess } from '../support/service-process';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** TC4 with one sentence reworded to `n`, so every upload is a version of its own. */
function edited(template: Buffer, n: number): Buffer {
  const zip = new PizZip(template);
  const xml = zip.file('word/document.xml')!.asText();
  zip.file('word/document.xml', xml.replace('Ons besluit', `Ons besluit (${n})`));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Figure 12: legal staff's round trip for TC4 through the service: upload a changed version (checked and
 * stored), then preview it with its sample data (`POST …/versions`, `GET …/preview`). Milliseconds p50
 * and p99, and the ratio to the limit: the same check and render in this process, without HTTP or
 * database.
 */
export async function measureTemplateRoundTrip(report: Report, service: ServiceProcess, count: number): Promise<void> {
  const dir = loadConfig().letterTemplatesDir;
  const template = readFileSync(join(dir, 'TC4.docx'));
  const sample = JSON.parse(readFileSync(join(dir, 'TC4.sample.json'), 'utf8'));
  const codes = new Set(readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => f.replace('.docx', '')));
  const { catalogue } = await loadCatalogue(dir, codes);
  const documents = Array.from({ length: count }, (_, i) => edited(template, i));

  const local: number[] = [];
  for (const docx of documents) {
    const started = performance.now();
    if (checkTemplate('TC4', docx, catalogue).problems.length) throw new Error('the edited TC4 does not pass the checks');
    renderDocx('TC4', docx, sample);
    local.push(performance.now() - started);
  }

  const token = await login(service.url, 'juridisch');
  const headers = { authorization: `Bearer ${token}` };
  const trips: number[] = [];
  for (const docx of documents) {
    const started = performance.now();
    const upload = await fetch(`${service.url}/api/letter-templates/TC4/versions`, { method: 'POST', headers: { ...headers, 'content-type': DOCX }, body: new Uint8Array(docx) });
    if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
    const { version } = (await upload.json()) as { version: { sha256: string } };
    const preview = await fetch(`${service.url}/api/letter-templates/TC4/versions/${version.sha256}/preview?sample=TC4.sample.json`, { headers });
    if (!preview.ok) throw new Error(`preview: ${preview.status} ${await preview.text()}`);
    await preview.json();
    trips.push(performance.now() - started);
  }
  local.sort((a, b) => a - b);
  trips.sort((a, b) => a - b);
  report.add('12 limit: TC4 checked and rendered in process, p50', percentile(local, 50), 'ms');
  report.add('12 TC4 upload, check and preview through the service: p50', percentile(trips, 50), 'ms');
  report.add('12 TC4 upload, check and preview through the service: p99', percentile(trips, 99), 'ms');
  report.add('12 TC4 round trip, ratio of the limit to p50', percentile(local, 50) / percentile(trips, 50), '');
}
