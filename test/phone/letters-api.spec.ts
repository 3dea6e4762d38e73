import { createHash } from 'node:crypto';
import { docxText } from '../support/docx-text';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

// A 1x1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

/** The letters of an incident through HTTP: the list, the downloads, and who may read which letter. */
describe('letters API', () => {
  const clock = new TestClock(new Date('2026-09-14T09:00:00Z'));
  const app = useTestApp({ clock });

  async function list(incidentId: string, username = 'afdelingshoofd') {
    return app.t.http().get('/api/letters').query({ incidentId }).set(await app.api.as(username));
  }

  async function listed(incidentId: string, username = 'afdelingshoofd') {
    const res = await list(incidentId, username);
    expect(res.status).toBe(200);
    return res.body;
  }

  /** Every listed letter downloads as the very bytes its sha256 names. */
  async function expectDownloadsMatch(letters: any[], username = 'afdelingshoofd') {
    for (const letter of letters) {
      const res = await app.api.download(letter.downloadUrl, username);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(sha256(res.body)).toBe(letter.sha256);
    }
  }

  it('lists an incident’s letters with their codes and statuses, each downloading as its sha256 says', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'insult', new Date('2026-09-14T08:00:00Z'));
    let letters = await listed(incident.id);
    expect(letters).toEqual([expect.objectContaining({ code: 'TC1', status: 'draft', incidentId: incident.id, downloadUrl: `/api/letters/${letters[0].id}/docx` })]);
    expect(letters[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(letters[0].templateHash).toMatch(/^[0-9a-f]{64}$/);
    await expectDownloadsMatch(letters);

    await app.api.completeAt(incident.id, 'sign:TC1', { decision: 'reject', comment: 'Huisnummer ontbreekt' }, 'afdelingshoofd');
    await app.api.completeAt(incident.id, 'correct:TC1', { streetAddress: 'Dorpsstraat 14' }, 'medewerker');
    await app.api.completeAt(incident.id, 'sign:TC1', { decision: 'approve' }, 'afdelingshoofd');
    letters = await listed(incident.id);
    expect(letters.map((l: any) => [l.code, l.status])).toEqual([
      ['TC1', 'rejected'],
      ['TC1', 'final'],
    ]);
    expect(letters[1].sha256).not.toBe(letters[0].sha256);
    await expectDownloadsMatch(letters);
    expect(docxText((await app.api.download(letters[1].downloadUrl, 'afdelingshoofd')).body)).toContain('Dorpsstraat 14');

    // One letter by id, the same as in the list.
    expect((await app.t.http().get(`/api/letters/${letters[1].id}`).set(await app.api.as('pno')).expect(200)).body).toEqual(letters[1]);
  });

  it('answers bad or unknown input with a 4xx, never a 500', async () => {
    expect((await list('not-a-uuid')).status).toBe(400);
    expect((await app.t.http().get('/api/letters').set(await app.api.as('afdelingshoofd'))).status).toBe(400);
    expect(await listed('00000000-0000-4000-8000-000000000000')).toEqual([]);
    expect((await app.api.download('/api/letters/00000000-0000-4000-8000-000000000000/docx', 'afdelingshoofd')).status).toBe(404);
    expect((await app.api.download('/api/letters/nope/docx', 'afdelingshoofd')).status).toBe(400);
    expect((await app.t.http().get('/api/letters').query({ incidentId: '00000000-0000-4000-8000-000000000000' })).status).toBe(401);
    expect((await list('00000000-0000-4000-8000-000000000000', 'beleid')).status).toBe(403);
  });

  it('lets receptions read the signed letter addressed to them (TVR), with the photo in the ban register, and no other letter', async () => {
    const citizen = newCitizen();
    await app.api.phoneIncident(citizen, 'threat', new Date('2026-09-14T08:10:00Z'));
    const second = await app.api.phoneIncident(citizen, 'threat', new Date('2026-09-14T08:40:00Z'));
    await app.api.completeAt(second.id, 'sign:TC4', { decision: 'approve' }, 'college');
    const reception = 'receptie';

    // Receptions learn of the ban from their message, which names the incident.
    const messages = (await app.t.http().get('/api/notifications').set(await app.api.as(reception)).expect(200)).body;
    const incidentId = messages.find((n: any) => n.subject === `Toegangsverbod ${citizen.name}`).incidentId;
    expect(incidentId).toBe(second.id);

    // Until Publiekscontacten has signed it, the receptions' letter is not theirs to read.
    const all = await listed(incidentId);
    const tc4 = all.find((l: any) => l.code === 'TC4');
    const tvrDraft = all.find((l: any) => l.code === 'TVR');
    expect(tvrDraft.status).toBe('draft');
    expect(await listed(incidentId, reception)).toEqual([]);
    const early = await app.api.download(tvrDraft.downloadUrl, reception);
    expect(early.status).toBe(403);
    expect(JSON.parse(early.body.toString()).message).toBe('Brief TVR is nog niet ondertekend en verzonden');
    expect(docxText((await app.api.download(tvrDraft.downloadUrl, 'publiekscontacten')).body)).toContain('Van de betrokkene is nog geen foto beschikbaar.');

    // Publiekscontacten attaches the photo, then signs: the letter says where receptions find it.
    await app.t.http().put(`/api/citizens/${second.citizen.id}/photo`).set(await app.api.as('publiekscontacten')).set('Content-Type', 'image/png').send(PNG).expect(204);
    await app.api.completeAt(incidentId, 'sign:TVR', { decision: 'approve' }, 'publiekscontacten');

    const theirs = await listed(incidentId, reception);
    expect(theirs.map((l: any) => [l.code, l.status])).toEqual([['TVR', 'final']]);
    await expectDownloadsMatch(theirs, reception);
    const text = docxText((await app.api.download(theirs[0].downloadUrl, reception)).body);
    expect(text).toContain('Van de betrokkene is een foto beschikbaar. U ziet de foto bij het toegangsverbod als u de betrokkene opzoekt in het register van toegangsverboden.');
    expect(text).toContain('Youssef El Amrani');
    expect((await app.t.http().get(`/api/letters/${theirs[0].id}`).set(await app.api.as(reception)).expect(200)).body.code).toBe('TVR');

    // And that is true: the register lookup shows the ban with the photo.
    const found = (await app.t.http().get('/api/bans/lookup').query({ name: citizen.name, dateOfBirth: citizen.dateOfBirth }).set(await app.api.as(reception)).expect(200)).body.bans;
    expect(found).toEqual([expect.objectContaining({ citizenId: second.citizen.id, hasPhoto: true })]);
    await app.t.http().get(`/api/citizens/${found[0].citizenId}/photo`).set(await app.api.as(reception)).expect(200);

    // Every other letter stays closed to receptions.
    const refused = await app.api.download(tc4.downloadUrl, reception);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body.toString()).message).toBe('Brief TC4 is niet aan u gericht');
    expect((await app.t.http().get(`/api/letters/${tc4.id}`).set(await app.api.as(reception))).status).toBe(403);
    const copies = (await listed(incidentId)).filter((l: any) => ['TVA', 'TVD', 'TVP'].includes(l.code));
    expect(copies).toHaveLength(3);
    for (const copy of copies) expect((await app.api.download(copy.downloadUrl, reception)).status).toBe(403);
  });
});
