import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';
import { editAsWord, removeParagraphsWith } from '../support/word-edit';

const TEMPLATES = join(__dirname, '../../letter-templates');
const OLD = 'Wij nemen dit voorval zeer serieus.';
const NEW = 'Wij nemen dit voorval bijzonder serieus.';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');
const tc3 = () => readFileSync(join(TEMPLATES, 'TC3.docx'));

/** Legal staff maintain the letters through HTTP: the library, uploads with their checks, preview, publish, history and rollback. */
describe('letter template library', () => {
  const clock = new TestClock(new Date('2026-09-14T09:00:00Z'));
  const app = useTestApp({ clock });

  const http = () => app.t.http();
  const as = (username: string) => app.api.as(username);
  const binary = (req: any) =>
    req.buffer(true).parse((response: any, callback: any) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  const upload = async (code: string, docx: Buffer, query: Record<string, unknown> = {}, username = 'juridisch') =>
    http().post(`/api/letter-templates/${code}/versions`).query(query).set(await as(username)).set('Content-Type', DOCX).send(docx);
  const detail = async (code: string) => (await http().get(`/api/letter-templates/${code}`).set(await as('juridisch')).expect(200)).body;
  const tc3Text = async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'threat', clock.now());
    return { incident, text: await app.api.letterText(incident.id, 'TC3') };
  };

  it('lists every letter with its purpose, the models and channels that use it, who signs it and the live version', async () => {
    const res = await http().get('/api/letter-templates').set(await as('juridisch')).expect(200);
    expect(res.body).toHaveLength(32);
    const letter = res.body.find((l: any) => l.code === 'TC3');
    expect(letter).toMatchObject({
      purpose: expect.stringContaining('bedreiging aan de telefoon'),
      decision: false,
      live: { number: 1, sourceFile: 'TC3.docx', sha256: sha256(tc3()), publishedByName: null },
      refusedFile: null,
      drafts: 0,
    });
    expect(letter.uses).toEqual([{ model: 'phone', modelName: expect.any(String), channels: ['telefonische agressie'], signer: 'afdelingshoofd' }]);
    expect(res.body.find((l: any) => l.code === 'TC4')).toMatchObject({ decision: true });
    expect(res.body.find((l: any) => l.code === 'TVR').addressees).toEqual(['receptie / burgerzaken']);
    // A sub-process reached from several channels: the ban decision BC9 after damage at the counter and on the road.
    expect(res.body.find((l: any) => l.code === 'BC9').uses.flatMap((u: any) => u.channels)).toEqual(expect.arrayContaining(['geweld tegen zaken']));

    const tc3Detail = await detail('TC3');
    expect(tc3Detail.fields.find((f: any) => f.tag === 'burger.naam')).toEqual({ tag: 'burger.naam', description: 'naam van de burger', example: 'J. de Vries', optional: false, required: true, used: true });
    expect(tc3Detail.fields.find((f: any) => f.tag === 'maatregel.einddatum')).toMatchObject({ used: false, required: false });
    expect(tc3Detail.samples).toEqual(['voorbeeldwaarden', 'TC3.sample.json']);

    await http().get('/api/letter-templates').set(await as('afdelingshoofd')).expect(200);
    await http().get('/api/letter-templates').set(await as('medewerker')).expect(403);
    await upload('TC3', tc3(), {}, 'afdelingshoofd').then((r) => expect(r.status).toBe(403));
  });

  it('takes a changed letter through upload, preview, publish, history and rollback; drafts keep their version', async () => {
    const live = await binary(http().get(`/api/letter-templates/TC3/versions/${sha256(tc3())}/docx`).set(await as('juridisch'))).expect(200);
    expect(Buffer.compare(live.body, tc3())).toBe(0);

    const before = await tc3Text();
    expect(before.text).toContain(OLD);

    const edited = editAsWord(live.body, OLD, NEW);
    const uploaded = await upload('TC3', edited, { basedOn: 1, comment: 'Toon aangescherpt' });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ version: { sha256: sha256(edited), uploadedByName: 'Thomas de Wit', comment: 'Toon aangescherpt', basedOn: 1, publishedAs: [] }, stale: null });
    const sha = uploaded.body.version.sha256;

    // Stored but not live: new letters still use publication 1.
    expect((await tc3Text()).text).toContain(OLD);

    const sample = await http().get(`/api/letter-templates/TC3/versions/${sha}/preview`).query({ sample: 'TC3.sample.json' }).set(await as('juridisch')).expect(200);
    expect(sample.body.paragraphs.join('\n')).toContain(NEW);
    expect(sample.body.paragraphs.join('\n')).toContain('J. de Vries');
    const real = await http().get(`/api/letter-templates/TC3/versions/${sha}/preview`).query({ incident: before.incident.reference }).set(await as('juridisch')).expect(200);
    expect(real.body.paragraphs.join('\n')).toContain(before.incident.reference);
    expect(real.body.data).toBe(`incident ${before.incident.reference}`);
    await http().get(`/api/letter-templates/TC3/versions/${sha}/preview`).query({ incident: 'AG-1900-00000' }).set(await as('juridisch')).expect(404);
    // A policy owner reads the library, but not a citizen's data through a preview.
    const owner = await http().get(`/api/letter-templates/TC3/versions/${sha}/preview`).query({ incident: before.incident.reference }).set(await as('beleid')).expect(403);
    expect(owner.body.message).toMatch(/alleen voor wie brieven behandelt/);
    await http().get(`/api/letter-templates/TC3/versions/${sha}/preview`).query({ sample: 'TC3.sample.json' }).set(await as('beleid')).expect(200);

    const published = await http().post(`/api/letter-templates/TC3/versions/${sha}/publish`).set(await as('juridisch')).send({ comment: 'Na overleg' }).expect(201);
    expect(published.body).toMatchObject({ number: 2, sha256: sha, publishedByName: 'Thomas de Wit', comment: 'Na overleg', restores: null });
    await http().post(`/api/letter-templates/TC3/versions/${sha}/publish`).set(await as('juridisch')).send({}).expect(409);

    const after = await tc3Text();
    expect(after.text).toContain(NEW);
    expect(after.text).not.toContain(OLD);
    // The draft made before keeps its version when it is signed.
    await app.api.completeAt(before.incident.id, 'sign:TC3', { decision: 'approve' }, 'afdelingshoofd');
    expect(await app.api.letterText(before.incident.id, 'TC3')).toContain(OLD);

    const diff = await http().get('/api/letter-templates/TC3/diff').query({ from: sha256(tc3()), to: sha }).set(await as('juridisch')).expect(200);
    expect(diff.body.parts.filter((p: any) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: expect.stringContaining(OLD) },
      { kind: 'added', text: expect.stringContaining(NEW) },
    ]);

    const restored = await http().post('/api/letter-templates/TC3/publications/1/restore').set(await as('juridisch')).send({}).expect(201);
    expect(restored.body).toMatchObject({ number: 3, sha256: sha256(tc3()), restores: 1, comment: 'Teruggezet naar publicatie 1' });
    expect((await tc3Text()).text).toContain(OLD);

    const history = await detail('TC3');
    expect(history.publications.map((p: any) => [p.number, p.sha256])).toEqual([
      [3, sha256(tc3())],
      [2, sha],
      [1, sha256(tc3())],
    ]);
    expect(history.versions.find((v: any) => v.sha256 === sha).publishedAs).toEqual([2]);
    expect(history.live.number).toBe(3);

    // An upload based on publication 1, made while 2 and 3 were published: warned, and publishing it asks for confirmation.
    const late = editAsWord(tc3(), OLD, 'Wij nemen dit voorval uiterst serieus.');
    const stale = await upload('TC3', late, { basedOn: 1 });
    expect(stale.body.stale).toMatchObject({ basedOn: 1, newest: { number: 3 } });
    const refused = await http().post(`/api/letter-templates/TC3/versions/${sha256(late)}/publish`).set(await as('juridisch')).send({}).expect(409);
    expect(refused.body.message).toMatch(/gebaseerd op publicatie 1, maar intussen is publicatie 3 in gebruik genomen door Thomas de Wit/);
    await http().post(`/api/letter-templates/TC3/versions/${sha256(late)}/publish`).set(await as('juridisch')).send({ confirmStale: true }).expect(201);
  });

  it('refuses a broken upload with every problem and where it is, and changes nothing', async () => {
    const state = async () => {
      const letter = await detail('TC4');
      return { live: letter.live, versions: letter.versions.length };
    };
    const unchanged = await state();
    const tc4 = readFileSync(join(TEMPLATES, 'TC4.docx'));

    const broken = editAsWord(editAsWord(tc4, '{burger.naam}', '{burger.naam'), 'Ons besluit', 'Ons besluit {#burger.leeftijd}{/burger.leeftijd} over {maatregel.duurtijd}');
    const res = await upload('TC4', broken);
    expect(res.status).toBe(422);
    expect(res.body.details.problems).toEqual(
      expect.arrayContaining([
        { message: 'Het veld "{burger.naam" wordt niet gesloten: er ontbreekt een }', where: expect.stringMatching(/^hoofdtekst, alinea \d+$/), context: expect.stringContaining('{burger.naam') },
        { message: 'Voorwaarde op een veld dat niet bestaat: {#burger.leeftijd}.', where: expect.stringMatching(/^hoofdtekst, alinea \d+$/), context: expect.stringContaining('Ons besluit') },
        { message: 'Het veld {maatregel.duurtijd} bestaat niet. Bedoelt u maatregel.duur?', where: expect.stringMatching(/^hoofdtekst, alinea \d+$/), context: expect.stringContaining('over {maatregel.duurtijd}') },
      ]),
    );

    const withoutClause = removeParagraphsWith(tc4, 'Dan kunt u bezwaar maken.');
    const clause = await upload('TC4', withoutClause);
    expect(clause.status).toBe(422);
    expect(clause.body.details.problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/TC4 is een besluit, maar de bezwaarclausule.*ontbreekt: "bezwaar maken" en "binnen zes weken" komen niet in de brief voor/) })]);

    const notDocx = await upload('TC4', Buffer.from('<html><body>brief</body></html>'));
    expect(notDocx.status).toBe(422);
    expect(notDocx.body.details.problems[0].message).toMatch(/geen Word-document/);

    const huge = await upload('TC4', Buffer.alloc(20 * 1024 * 1024, 1));
    expect(huge.status).toBe(413);
    expect(huge.body.message).toMatch(/Het bestand is groter dan 10 MB/);

    expect(await state()).toEqual(unchanged);
  });
});
