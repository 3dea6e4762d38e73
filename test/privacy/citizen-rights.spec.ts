import PizZip from 'pizzip';
import { LetterPdfs, PdfConverter } from '@ap/letters';
import { Database } from '@ap/persistence';
import { findInDatabase } from '../support/database-search';
import { docxText } from '../support/docx-text';
import { Citizen, newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';
import { auditLines, incidentsPerChannelAndMonth, PNG, sha256 } from './privacy-support';

/**
 * A citizen's rights and a decision's reproducibility, through HTTP: a signed letter verified by rendering
 * it again; everything about a citizen exported as one archive (AVG art. 15) with each letter byte for byte
 * as signed; an erasure (art. 17) refused while a ban holds, and otherwise leaving the name nowhere in the
 * database while the counts stay.
 */
describe('citizen rights: verification, export and erasure', () => {
  const clock = new TestClock(new Date('2026-09-14T09:00:00Z'));
  const app = useTestApp({ clock });
  // The signed letters' PDFs are part of what is exported and erased; .ci/run installs LibreOffice.
  const needsLibreOffice = async () => {
    if (!(await app.t.app.get(PdfConverter).available())) throw new Error('these tests need LibreOffice (soffice); .ci/run installs it');
  };
  let citizen: Citizen;
  let incident: any;
  let letters: any[];

  beforeAll(async () => {
    citizen = newCitizen({ name: `Mevrouw Pieternella Quakkelstein ${Math.random().toString(36).slice(2, 7)}` });
    incident = await app.api.report({
      channel: 'phone',
      category: 'I',
      behaviour: 'insult',
      occurredAt: '2026-09-14T08:30:00Z',
      location: 'Klantcontactcentrum, Markt 1',
      description: `${citizen.name} schold de medewerker uit.`,
      citizen,
    });
    // Sent back once, with the name in the comment, then signed: a rejected draft and the signed letter.
    await app.api.completeAt(incident.id, 'sign:TC1', { decision: 'reject', comment: `Klopt het adres van ${citizen.name}?` }, 'afdelingshoofd');
    await app.api.completeAt(incident.id, 'correct:TC1', { streetAddress: 'Dorpsstraat 14' }, 'medewerker');
    await app.api.completeAt(incident.id, 'sign:TC1', { decision: 'approve' }, 'afdelingshoofd');
    await app.t.http().put(`/api/citizens/${incident.citizen.id}/photo`).set(await app.api.as('afdelingshoofd')).set('Content-Type', 'image/png').send(PNG).expect(204);
    await app.t.app.get(LetterPdfs).convertDue();
    letters = (await app.api.file(incident.id)).letters;
    expect(letters.map((l: any) => l.status)).toEqual(['rejected', 'final']);
  });

  const verify = async (letterId: string, username = 'afdelingshoofd') => app.t.http().get(`/api/letters/${letterId}/verification`).set(await app.api.as(username));

  it('confirms a signed letter by rendering it again from its template version and data, and finds a changed one', async () => {
    const signed = letters[1];
    const res = await verify(signed.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'matches', matches: true, storedMatches: true, templateMatches: true, recordedSha256: signed.sha256, renderedSha256: signed.sha256 });
    expect(res.body.message).toMatch(/^Brief TC1 \(ondertekend op 14 september 2026\) klopt: .*byte voor byte gelijk/);

    // The rejected draft's data changed behind the product's back: rendered again, it no longer gives its hash.
    const db = app.t.app.get(Database);
    const [{ data }] = await db.read((uow) => uow.query(`SELECT data FROM letters WHERE id = $1`, [letters[0].id]));
    await db.transaction((uow) => uow.query(`UPDATE letters SET data = jsonb_set(data, '{brief,onderwerp}', '"Iets anders"') WHERE id = $1`, [letters[0].id]));
    const changed = await verify(letters[0].id);
    expect(changed.body).toMatchObject({ outcome: 'differs', matches: false, storedMatches: true, contentMatches: false });
    expect(changed.body.message).toContain('klopt niet');
    await db.transaction((uow) => uow.query(`UPDATE letters SET data = $2::jsonb WHERE id = $1`, [letters[0].id, JSON.stringify(data)]));
    expect((await verify(letters[0].id)).body.outcome).toBe('matches');

    // Under the letters' own rule: a reception does not read TC1.
    expect((await verify(signed.id, 'receptie')).status).toBe(403);
    expect((await verify('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('exports everything about the citizen as one archive, each letter byte for byte as stored', async () => {
    expect((await app.api.download(`/api/citizens/${incident.citizen.id}/export`, 'afdelingshoofd')).status).toBe(403);
    await app.api.download(`/api/citizens/${incident.citizen.id}/export`, 'beheer');
    const res = await app.api.download(`/api/citizens/${incident.citizen.id}/export`, 'beheer');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = new PizZip(res.body);
    const summary = JSON.parse(zip.file('overzicht.json')!.asText());
    expect(summary.burger).toMatchObject({ naam: citizen.name, adres: 'Dorpsstraat 14', foto: 'foto.png' });
    expect(summary.incidenten).toEqual([expect.objectContaining({ kenmerk: incident.reference, omschrijving: `${citizen.name} schold de medewerker uit.` })]);
    expect(Buffer.from(zip.file('foto.png')!.asUint8Array()).equals((await app.api.download(`/api/citizens/${incident.citizen.id}/photo`, 'afdelingshoofd')).body)).toBe(true);

    expect(summary.brieven).toHaveLength(2);
    for (const letter of letters) {
      const entry = summary.brieven.find((b: any) => b.id === letter.id);
      const docx = Buffer.from(zip.file(entry.file)!.asUint8Array());
      expect(sha256(docx)).toBe(letter.sha256);
      expect(docx.equals((await app.api.download(`/api/letters/${letter.id}/docx`, 'afdelingshoofd')).body)).toBe(true);
    }
    const signed = summary.brieven.find((b: any) => b.status === 'final');
    await needsLibreOffice();
    const pdf = Buffer.from(zip.file(signed.pdf.file)!.asUint8Array());
    expect(sha256(pdf)).toBe(signed.pdf.sha256);
    expect(pdf.equals((await app.api.download(`/api/letters/${signed.id}/pdf`, 'afdelingshoofd')).body)).toBe(true);
    // Who did what with the file: the audit trail's lines about the citizen, from the report and the department head's read to this export.
    expect(summary.auditTrail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ door: 'medewerker', actie: 'incident-reported' }),
        expect.objectContaining({ door: 'afdelingshoofd', actie: 'read', over: expect.stringMatching(/^incident /) }),
        expect.objectContaining({ door: 'beheer', actie: 'citizen-exported', over: `citizen ${incident.citizen.id}` }),
      ]),
    );
    expect(zip.file('leesmij.txt')!.asText()).toContain(`Gegevens over ${citizen.name}`);
    expect(await auditLines(app, 'citizen-exported', incident.citizen.id)).toHaveLength(2);
  });

  it('refuses to erase a citizen while a ban holds, naming the ban and its end, and the decision still open to objection', async () => {
    const banned = newCitizen();
    clock.set('2026-09-15T09:00:00Z');
    const first = await app.api.phoneIncident(banned, 'threat', new Date('2026-09-15T08:00:00Z'));
    const second = await app.api.phoneIncident(banned, 'threat', new Date('2026-09-15T08:30:00Z'));
    await app.api.completeAt(second.id, 'sign:TC4', { decision: 'approve' }, 'college');
    const [ban] = (await app.api.file(second.id)).bans;
    expect(ban).toMatchObject({ status: 'active', startsOn: '2026-09-15', endsOn: '2027-03-15' });

    const res = await app.t.http().post(`/api/citizens/${first.citizen.id}/erasure`).set(await app.api.as('beheer')).send({ reason: 'Verzoek van de burger (AVG art. 17)' });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(
      `De gegevens van deze burger kunnen nog niet worden gewist: het toegangsverbod bij incident ${second.reference} (alle gebouwen van de gemeente) geldt van 15 september 2026 tot en met 15 maart 2027; ` +
        `tegen besluit TC4 bij incident ${second.reference} (ondertekend op 15 september 2026) kan tot en met 27 oktober 2026 bezwaar worden gemaakt.`,
    );
    expect((await app.api.file(first.id)).citizen.name).toBe(banned.name);
    expect(await auditLines(app, 'citizen-erased', first.citizen.id)).toEqual([]);
    // A reason is required; an unknown citizen is a 404; only those with the capability may erase.
    expect((await app.t.http().post(`/api/citizens/${first.citizen.id}/erasure`).set(await app.api.as('beheer')).send({ reason: ' ' })).status).toBe(400);
    expect((await app.t.http().post(`/api/citizens/00000000-0000-4000-8000-000000000000/erasure`).set(await app.api.as('beheer')).send({ reason: 'Verzoek' })).status).toBe(404);
    expect((await app.t.http().post(`/api/citizens/${first.citizen.id}/erasure`).set(await app.api.as('afdelingshoofd')).send({ reason: 'Verzoek' })).status).toBe(403);
  });

  it('erases a citizen without a ban from every table and every stored letter and process state, keeping the counts', async () => {
    const db = app.t.app.get(Database);
    expect(await findInDatabase(db, citizen.name)).toEqual(expect.arrayContaining(['"citizens"."name"', '"letters"."docx"', '"process_instances"."variables"']));
    const counts = await incidentsPerChannelAndMonth(app);
    const facets = (await app.t.http().get('/api/incidents/facets').set(await app.api.as('afdelingshoofd')).expect(200)).body;

    const res = await app.t.http().post(`/api/citizens/${incident.citizen.id}/erasure`).set(await app.api.as('beheer')).send({ reason: 'Verzoek van de burger van 14 september 2026' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ incidents: 1, letters: 2 });

    // Nothing of the citizen left: name, address, what was written about them, the comment naming them.
    for (const text of [citizen.name, 'Quakkelstein', 'Dorpsstraat 14', 'schold de medewerker uit', 'Klopt het adres van']) {
      expect([text, await findInDatabase(db, text)]).toEqual([text, []]);
    }
    // The signed letter's PDF is made again, from the anonymised letter.
    await needsLibreOffice();
    await app.t.app.get(LetterPdfs).convertDue();
    expect((await app.t.http().get(`/api/letters/${letters[1].id}`).set(await app.api.as('afdelingshoofd')).expect(200)).body.pdfState).toBe('ready');
    expect(await findInDatabase(db, citizen.name)).toEqual([]);
    expect(await incidentsPerChannelAndMonth(app)).toEqual(counts);
    expect((await app.t.http().get('/api/incidents/facets').set(await app.api.as('afdelingshoofd')).expect(200)).body).toEqual(facets);

    // The file reads as anonymised; the signed letter says why it can no longer be verified.
    const file = await app.api.file(incident.id);
    expect(file).toMatchObject({ reference: incident.reference, channel: 'phone', behaviour: 'insult', description: '[gewist]', citizen: expect.objectContaining({ name: '[gewist]' }) });
    expect(docxText(await app.api.letterDocx(letters[1].id))).toContain('[gewist]');
    const verification = await verify(letters[1].id);
    expect(verification.status).toBe(200);
    expect(verification.body).toMatchObject({ outcome: 'erased', matches: false, recordedSha256: letters[1].sha256 });
    expect(verification.body.message).toContain('zijn op 15 september 2026 gewist');

    // Recorded with the request, without the data; a second erasure is refused.
    expect(await auditLines(app, 'citizen-erased', incident.citizen.id)).toEqual([expect.objectContaining({ actor: 'beheer', reason: 'Verzoek van de burger van 14 september 2026' })]);
    const again = await app.t.http().post(`/api/citizens/${incident.citizen.id}/erasure`).set(await app.api.as('beheer')).send({ reason: 'Nogmaals' });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('De gegevens van deze burger zijn al gewist.');
  });
});
