import { AccessPolicy } from '@ap/auth';
import { Database } from '@ap/persistence';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/** The fields of a CSV whose fields are all quoted, separated by semicolons, lines ending in CRLF. */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"(?:;|$)/g)].map((m) => m[1].replace(/""/g, '"')));
}

/**
 * Who saw and changed what: reads and changes through the API are in the audit trail with who, when, from
 * where and what (and the citizen and incident they concern); the auditor searches and exports it, and
 * that is recorded too. The database refuses to change or remove a line.
 */
describe('the audit trail of reads and changes', () => {
  const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
  const app = useTestApp({ clock });
  const http = () => app.t.http();
  const search = async (query: Record<string, string | number>) => {
    const res = await http().get('/api/audit-trail').query(query).set(await app.api.as('auditor'));
    expect(res.status).toBe(200);
    return { lines: res.body as any[], total: Number(res.headers['x-total-count']) };
  };

  const citizen = newCitizen();
  let incident: { id: string; reference: string };
  let ban: { id: string };
  let letter: { id: string };

  beforeAll(async () => {
    // A threat, and another within six months: the college signs TC4 and the citizen is banned.
    await app.api.phoneIncident(citizen, 'threat', new Date('2026-03-01T08:30:00Z'));
    incident = await app.api.phoneIncident(citizen, 'threat', new Date('2026-03-02T08:15:00Z'));
    await app.api.completeAt(incident.id, 'sign:TC4', { decision: 'approve' }, 'college');
    const file = await app.api.file(incident.id);
    ban = file.bans[0];
    letter = file.letters.find((l: any) => l.code === 'TC4');
    expect(ban).toMatchObject({ status: 'active' });

    const found = await http().get('/api/bans/lookup').query({ name: citizen.name, dateOfBirth: citizen.dateOfBirth! }).set(await app.api.as('receptie')).expect(200);
    expect(found.body.bans.map((b: any) => b.id)).toEqual([ban.id]);
    await http().get(`/api/incidents/${incident.id}`).set(await app.api.as('afdelingshoofd')).expect(200);
    await app.api.letterDocx(letter.id);
    // A list records every item it shows.
    await http().get('/api/incidents').query({ q: citizen.name }).set(await app.api.as('pno')).expect(200);
  });

  it('records the reception’s ban lookup, the department head’s read of the file and the letter download, with user, resource and address', async () => {
    const { lines } = await search({ citizen: citizen.name });
    const about = { citizenId: file(lines).citizenId, citizenName: citizen.name, address: expect.stringMatching(/127\.0\.0\.1/) };
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...about, actor: 'receptie', actorName: 'Linda Smit', action: 'search', resourceType: 'ban', resourceId: ban.id, incidentId: incident.id, details: { name: citizen.name, dateOfBirth: citizen.dateOfBirth } }),
        expect.objectContaining({ ...about, actor: 'afdelingshoofd', action: 'read', actionLabel: 'ingezien', resourceType: 'incident', resourceLabel: 'incidentdossier', resourceId: incident.id, incidentReference: incident.reference }),
        expect.objectContaining({ ...about, actor: 'afdelingshoofd', action: 'download', resourceType: 'letter', resourceId: letter.id, incidentId: incident.id, details: { format: 'docx' } }),
        expect.objectContaining({ ...about, actor: 'pno', action: 'search', resourceType: 'incident', resourceId: incident.id, details: { q: citizen.name } }),
        // Changes through the API: the report and the college's decision on the ban letter.
        expect.objectContaining({ ...about, actor: 'medewerker', action: 'incident-reported', resourceType: 'incident', resourceId: incident.id }),
        expect.objectContaining({ ...about, actor: 'college', action: 'task-completed', resourceType: 'task', incidentId: incident.id, details: { form: 'letter-signing', decision: 'approve' } }),
      ]),
    );
    // Newest first.
    expect(lines.map((l) => l.at)).toEqual([...lines.map((l) => l.at)].sort().reverse());
  });

  function file(lines: any[]) {
    return lines.find((l) => l.resourceType === 'incident' && l.resourceId === incident.id);
  }

  it('searches by incident, by user and by period, a page at a time', async () => {
    const byIncident = await search({ incident: incident.reference.toLowerCase() });
    expect(byIncident.lines.length).toBeGreaterThan(3);
    expect(byIncident.lines.every((l) => l.incidentId === incident.id)).toBe(true);
    expect((await search({ incident: incident.id })).total).toBe(byIncident.total);

    const reception = await search({ user: 'RECEPTIE', from: '2026-03-02', to: '2026-03-02' });
    expect(reception.lines.map((l) => [l.action, l.resourceType])).toEqual(expect.arrayContaining([['search', 'ban']]));
    expect(reception.lines.every((l) => l.actor === 'receptie')).toBe(true);
    expect((await search({ user: 'receptie', from: '2026-03-03' })).total).toBe(0);
    expect((await search({ user: 'receptie', to: '2026-03-01' })).total).toBe(0);

    const page = await search({ incident: incident.reference, limit: 2, offset: 1 });
    expect(page.total).toBe(byIncident.total);
    expect(page.lines.map((l) => l.id)).toEqual(byIncident.lines.slice(1, 3).map((l) => l.id));
  });

  it('records the auditor’s own searches and refuses bad search terms in Dutch', async () => {
    await search({ citizen: citizen.name, from: '2026-03-01' });
    const own = await search({ user: 'auditor', limit: 200 });
    expect(own.lines).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'search', resourceType: 'audit-trail', details: { citizen: citizen.name, from: '2026-03-01' } })]));

    const refused = await http().get('/api/audit-trail').query({ from: '2026-02-30', limit: 0 }).set(await app.api.as('auditor'));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'from', problems: ['Geef een bestaande dag als JJJJ-MM-DD, bijvoorbeeld 2026-12-01.'] },
        { field: 'limit', problems: ['Moet minstens 1 zijn.'] },
      ]),
    );
    expect((await http().get('/api/audit-trail').set(await app.api.as('medewerker'))).status).toBe(403);
  });

  it('exports the search as CSV with Dutch headers, a spreadsheet formula in a name made harmless, and records the export', async () => {
    // A name that a spreadsheet would run as a formula.
    const citizenId = (await search({ incident: incident.id })).lines[0].citizenId;
    await http().patch(`/api/citizens/${citizenId}`).set(await app.api.as('afdelingshoofd')).send({ name: '=HYPERLINK("http://example.org";"klik")' }).expect(200);

    const res = await http().get('/api/audit-trail/export').query({ citizen: citizenId }).set(await app.api.as('auditor')).buffer(true).parse((response, done) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done(null, text));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="audittrail-2026-03-02.csv"');
    const [header, ...rows] = csvRows(res.body);
    expect(header).toEqual(['Tijdstip (Nederlandse tijd)', 'Gebruiker', 'Naam', 'Adres', 'Handeling', 'Soort', 'Id', 'Burger', 'Burger-id', 'Incident', 'Incident-id', 'Reden', 'Details']);
    // Every line about the citizen; the export's own line concerns no citizen.
    expect(rows.length).toBe((await search({ citizen: citizenId })).total);
    expect(rows.every((row) => row.length === header.length && row[8] === citizenId)).toBe(true);
    expect(rows.every((row) => row[7] === `'=HYPERLINK("http://example.org";"klik")`)).toBe(true);
    expect(rows).toEqual(expect.arrayContaining([expect.arrayContaining(['2026-03-02 10:00:00', 'afdelingshoofd', 'burger gewijzigd', 'burger'])]));

    const own = await search({ user: 'auditor' });
    expect(own.lines).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'export', actionLabel: 'geëxporteerd', resourceType: 'audit-trail', details: { citizen: citizenId } })]));
  });

  it('cannot be changed or removed, not even in the database', async () => {
    const db = app.t.app.get(Database);
    await expect(db.transaction((uow) => uow.query(`UPDATE audit_trail SET actor = 'iemand anders' WHERE actor = 'receptie'`))).rejects.toThrow(/append-only/);
    await expect(db.transaction((uow) => uow.query(`DELETE FROM audit_trail WHERE actor = 'afdelingshoofd'`))).rejects.toThrow(/append-only/);
    expect((await search({ user: 'receptie' })).total).toBeGreaterThan(0);
  });

  it('gives the audit trail to the roles AUDITOR_ROLES names, auditor, admin and P&O by default', async () => {
    const me = async (username: string) => (await http().get('/api/auth/me').set(await app.api.as(username)).expect(200)).body.capabilities;
    expect(await me('auditor')).toEqual(['findCitizens', 'citizenRights', 'auditTrail']);
    expect(await me('pno')).toContain('auditTrail');
    expect(await me('medewerker')).not.toContain('auditTrail');

    const configured = loadConfig({ JWT_SECRET: 'x', AUDITOR_ROLES: ' auditor, legal ' }).access;
    expect(new AccessPolicy(configured).capabilitiesOf(['legal'])).toContain('auditTrail');
    expect(new AccessPolicy(configured).capabilitiesOf(['hr'])).not.toContain('auditTrail');
    expect(() => loadConfig({ JWT_SECRET: 'x', AUDITOR_ROLES: 'auditor,privacy' })).toThrow('AUDITOR_ROLES must be a comma-separated list of roles');
  });
});
