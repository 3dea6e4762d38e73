import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LetterPdfs, PdfConverter } from '@ap/letters';
import { Database } from '@ap/persistence';
import { docxText } from '../support/docx-text';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp, withTestApp } from '../support/use-test-app';

const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');
// Characters that break XML or a PDF's text when mishandled, and Dutch and Turkish letters.
const NAME = `Özdemir-Çelik & "De IJssel" <b>${Math.random().toString(36).slice(2, 6)}</b>`;

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'letter-pdf-')), 'letter.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString().replace(/\s+/g, ' ');
}

function pdfMetadata(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'letter-pdf-')), 'letter.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdfinfo', ['-meta', file]).toString();
}

/** Every signed letter is also kept as PDF/A, made after the signing, once, and served byte for byte. */
describe('letters as PDF/A', () => {
  const clock = new TestClock(new Date('2026-09-14T09:00:00Z'));
  const app = useTestApp({ clock });
  const download = async (url: string, status: number, username = 'afdelingshoofd') =>
    app.t
      .http()
      .get(url)
      .set(await app.api.as(username))
      .expect(status)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
  const letterOf = async (incidentId: string) => (await app.api.file(incidentId)).letters[0];

  it('makes the signed letter a PDF/A once, after the signing, with the names written literally', async () => {
    if (!(await app.t.app.get(PdfConverter).available())) throw new Error('these tests need LibreOffice (soffice); .ci/run installs it');
    const incident = await app.api.phoneIncident(newCitizen({ name: NAME }), 'threat', new Date('2026-09-14T08:10:00Z'));
    const draft = await letterOf(incident.id);
    expect(draft).toMatchObject({ status: 'draft', pdfState: 'none', pdfSha256: null, pdfUrl: `/api/letters/${draft.id}/pdf` });

    // The signer reads the draft as PDF; it is made on the spot and not kept.
    const draftPdf = await download(draft.pdfUrl, 200);
    expect(draftPdf.headers['content-type']).toBe('application/pdf');
    expect(pdfText(draftPdf.body)).toContain(NAME);

    await app.api.completeAt(incident.id, 'sign:TC3', { decision: 'approve' }, 'afdelingshoofd');
    const signed = await letterOf(incident.id);
    expect(signed).toMatchObject({ status: 'final', pdfState: 'pending', pdfSha256: null });
    const pending = await app.t.http().get(`/api/letters/${signed.id}/pdf`).set(await app.api.as('afdelingshoofd')).expect(409);
    expect(pending.body.message).toMatch(/De PDF van brief TC3 wordt nog gemaakt/);

    const pdfs = app.t.app.get(LetterPdfs);
    // Two rounds at once, as two service processes would run them: the letter is converted once.
    expect((await Promise.all([pdfs.convertDue(), pdfs.convertDue()])).reduce((a, b) => a + b)).toBe(1);
    expect(await pdfs.convertDue()).toBe(0);

    const ready = await letterOf(incident.id);
    expect(ready).toMatchObject({ pdfState: 'ready', pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/), pdfUrl: `/api/letters/${signed.id}/pdf` });
    const first = await download(ready.pdfUrl, 200);
    const second = await download(ready.pdfUrl, 200, 'college');
    expect(first.body.equals(second.body)).toBe(true);
    expect(sha256(first.body)).toBe(ready.pdfSha256);
    expect(pdfMetadata(first.body)).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    const text = pdfText(first.body);
    expect(text).toContain(NAME);
    expect(text).toContain('Marieke Jansen');
    expect(text).not.toContain('CONCEPT');
    expect(docxText((await download(ready.downloadUrl, 200)).body)).toContain(NAME);

    // What was made is kept: the database refuses to change or delete it.
    const db = app.t.app.get(Database);
    await expect(db.transaction((uow) => uow.letterPdfs.update({ letterId: signed.id }, { lastError: 'x' }))).rejects.toThrow(/kept unchanged/);
    await expect(db.transaction((uow) => uow.letterPdfs.delete({ letterId: signed.id }))).rejects.toThrow(/kept unchanged/);
    // Two LibreOffice runs, on a machine busy with the other suites.
  }, 120_000);

  it('makes after a restart the PDF of a letter signed before the service went down', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'threat', new Date('2026-09-14T08:20:00Z'));
    await app.api.completeAt(incident.id, 'sign:TC3', { decision: 'approve' }, 'afdelingshoofd');
    expect((await letterOf(incident.id)).pdfState).toBe('pending');
    await app.stop();
    await app.start();
    expect(await app.t.app.get(LetterPdfs).convertDue()).toBe(1);
    expect((await letterOf(incident.id)).pdfState).toBe('ready');
  }, 120_000);

  it('keeps letters as DOCX only, and says so, where the service has no LibreOffice', async () => {
    const saved = process.env.SOFFICE_PATH;
    process.env.SOFFICE_PATH = '';
    try {
      await withTestApp({ clock }, async ({ t, api }) => {
        expect((await t.http().get('/api/health').expect(200)).body).toMatchObject({ pdf: false });
        const incident = await api.phoneIncident(newCitizen(), 'threat', new Date('2026-09-14T08:30:00Z'));
        await api.completeAt(incident.id, 'sign:TC3', { decision: 'approve' }, 'afdelingshoofd');
        const [letter] = (await api.file(incident.id)).letters;
        expect(letter).toMatchObject({ status: 'final', pdfState: 'unavailable', pdfUrl: null });
        expect(await t.app.get(LetterPdfs).convertDue()).toBe(0);
        const res = await t.http().get(`/api/letters/${letter.id}/pdf`).set(await api.as('afdelingshoofd')).expect(404);
        expect(res.body.message).toMatch(/LibreOffice is niet geïnstalleerd/);
        expect(docxText(await api.letterDocx(letter.id))).toContain('Marieke Jansen');
      });
    } finally {
      if (saved === undefined) delete process.env.SOFFICE_PATH;
      else process.env.SOFFICE_PATH = saved;
    }
  });
});
