import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { TemplateFiles } from '@ap/letters';
import { createDataSource, Database } from '@ap/persistence';
import { LetterTemplateVersions1795000000006 } from '../../migrations/1795000000006-letter-template-versions';
import { LetterTemplateLibrary1795000000015 } from '../../migrations/1795000000015-letter-template-library';
import { docxText } from '../support/docx-text';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { withTestApp } from '../support/use-test-app';

const TEMPLATES = join(__dirname, '../../letter-templates');
const OLD_SENTENCE = 'Wij gaan ervan uit dat het bij dit ene voorval blijft.';
const NEW_SENTENCE = 'Wij rekenen erop dat u zich voortaan correct gedraagt.';

const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

/** Legal staff's edit in Word: the same document with one sentence reworded. */
function reworded(docx: Buffer, from: string, to: string): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file('word/document.xml')!.asText();
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Every template version is kept; a letter is signed on the version its draft was made from. */
describe('letters: template versions', () => {
  const clock = new TestClock(new Date('2026-10-05T09:00:00Z'));

  it('signs a draft on its own template version after the file changed and the service restarted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'letter-templates-'));
    cpSync(TEMPLATES, dir, { recursive: true });

    const incident = await withTestApp({ clock, letterTemplatesDir: dir }, ({ api }) =>
      api.phoneIncident(newCitizen(), 'insult', new Date('2026-10-05T08:00:00Z')),
    );
    const [draft] = incident.letters;
    expect(draft).toMatchObject({ code: 'TC1', status: 'draft', templateHash: sha256(readFileSync(join(TEMPLATES, 'TC1.docx'))) });

    writeFileSync(join(dir, 'TC1.docx'), reworded(readFileSync(join(dir, 'TC1.docx')), OLD_SENTENCE, NEW_SENTENCE));
    await withTestApp({ clock, letterTemplatesDir: dir }, async ({ t, api }) => {
      // New drafts use the file as it is now.
      const fresh = (await api.phoneIncident(newCitizen(), 'insult', new Date('2026-10-05T08:30:00Z'))).letters[0];
      expect(fresh.templateHash).toBe(sha256(readFileSync(join(dir, 'TC1.docx'))));
      expect(fresh.templateHash).not.toBe(draft.templateHash);
      expect(docxText(await api.letterDocx(fresh.id))).toContain(NEW_SENTENCE);

      // The draft made before the change is signed on its own version.
      await api.completeAt(incident.id, 'sign:TC1', { decision: 'approve' }, 'afdelingshoofd');
      const [final] = (await api.file(incident.id)).letters;
      expect(final).toMatchObject({ id: draft.id, status: 'final', templateHash: draft.templateHash });
      const text = docxText(await api.letterDocx(final.id));
      expect(text).toContain(OLD_SENTENCE);
      expect(text).not.toContain(NEW_SENTENCE);
      expect(text).toContain('Marieke Jansen');
      expect(text).not.toContain('CONCEPT');

      // Both versions are kept, byte for byte, and for good.
      const db = t.app.get(Database);
      const stored = await db.read((uow) =>
        uow.letterTemplateVersions.find({ where: { code: 'TC1' }, select: { code: true, sha256: true, docx: true, firstSeenAt: true } }),
      );
      expect(stored.map((v) => v.sha256)).toEqual(expect.arrayContaining([draft.templateHash, fresh.templateHash]));
      for (const version of stored) expect(sha256(version.docx)).toBe(version.sha256);
      await expect(db.transaction((uow) => uow.letterTemplateVersions.delete({ code: 'TC1', sha256: draft.templateHash }))).rejects.toThrow(/kept unchanged/);
      await expect(db.transaction((uow) => uow.letterTemplateVersions.update({ code: 'TC1', sha256: draft.templateHash }, { firstSeenAt: new Date() }))).rejects.toThrow(
        /kept unchanged/,
      );

      // Loading the same files again, as every service process does at start-up, also at the same time, changes nothing.
      const publications = await db.read((uow) => uow.letterTemplatePublications.count());
      clock.set('2026-10-06T09:00:00Z');
      const files = t.app.get(TemplateFiles);
      await Promise.all([files.load(), files.load()]);
      const again = await db.read((uow) => uow.letterTemplateVersions.find({ where: { code: 'TC1' } }));
      expect(new Map(again.map((v) => [v.sha256, v.firstSeenAt.toISOString()]))).toEqual(new Map(stored.map((v) => [v.sha256, v.firstSeenAt.toISOString()])));
      expect(await db.read((uow) => uow.letterTemplatePublications.count())).toBe(publications);
    });
  });

  it('keeps the published version when a changed file is broken, says so, and starts; only a letter without any valid version stops it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'letter-templates-'));
    cpSync(TEMPLATES, dir, { recursive: true });
    await withTestApp({ clock, letterTemplatesDir: dir }, async () => undefined);

    writeFileSync(join(dir, 'TC3.docx'), reworded(readFileSync(join(dir, 'TC3.docx')), '{incident.datum}', '{incident.datum'));
    await withTestApp({ clock, letterTemplatesDir: dir }, async ({ t, api }) => {
      const health = await t.http().get('/api/health').expect(200);
      expect(health.body.refusedLetterTemplateFiles).toEqual(['TC3.docx']);
      const library = await t.http().get('/api/letter-templates/TC3').set(await api.as('juridisch')).expect(200);
      expect(library.body.refusedFile).toEqual({ file: 'TC3.docx', problems: [expect.objectContaining({ message: expect.stringContaining('{incident.datum'), where: expect.stringMatching(/^hoofdtekst, alinea/) })] });
      expect(library.body.live).toMatchObject({ number: 1, sha256: sha256(readFileSync(join(TEMPLATES, 'TC3.docx'))) });
      // Letters are drafted on the published version, and the ban register answers.
      const incident = await api.phoneIncident(newCitizen(), 'threat', new Date('2026-10-05T08:00:00Z'));
      expect(incident.letters[0]).toMatchObject({ code: 'TC3', templateHash: library.body.live.sha256 });
      await t.http().get('/api/bans/lookup').query({ name: 'De Vries' }).set(await api.as('receptie')).expect(200);
    });

    // A letter new to the service with a broken file has no version to fall back on.
    cpSync(join(dir, 'TC3.docx'), join(dir, 'TC9.docx'));
    const catalogue = JSON.parse(readFileSync(join(dir, 'letters.json'), 'utf8'));
    writeFileSync(join(dir, 'letters.json'), JSON.stringify({ ...catalogue, letters: { ...catalogue.letters, TC9: { purpose: 'Proef' } } }));
    await expect(withTestApp({ clock, letterTemplatesDir: dir }, async () => undefined)).rejects.toThrow(/TC9\.docx: hoofdtekst, alinea \d+: Het veld "\{incident\.datum" wordt niet gesloten/);
    // A catalogue that does not fit the templates.
    writeFileSync(join(dir, 'letters.json'), JSON.stringify({ ...catalogue, letters: { ...catalogue.letters, XX1: { purpose: 'Proef', addressees: ['college'] } } }));
    await expect(withTestApp({ clock, letterTemplatesDir: dir }, async () => undefined)).rejects.toThrow(
      /letters\.json: er is geen briefsjabloon XX1[\s\S]*letters\.json: XX1: addressees moet een lijst zijn uit reception[\s\S]*letters\.json: de brief TC9 staat er niet in/,
    );
  });

  it('has migrations that can be undone', async () => {
    const dataSource = await createDataSource({ url: process.env.TEST_DB_URL!, poolSize: 1 }).initialize();
    const runner = dataSource.createQueryRunner();
    const exists = async (table: string) => (await runner.query(`SELECT to_regclass($1) IS NOT NULL AS "exists"`, [table]))[0].exists;
    try {
      await runner.startTransaction();
      const versions = new LetterTemplateVersions1795000000006();
      const library = new LetterTemplateLibrary1795000000015();
      await library.down(runner);
      expect(await exists('letter_template_publications')).toBe(false);
      await versions.down(runner);
      expect(await exists('letter_template_versions')).toBe(false);
      await versions.up(runner);
      await library.up(runner);
      expect(await exists('letter_template_publications')).toBe(true);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
      await dataSource.destroy();
    }
  });
});
