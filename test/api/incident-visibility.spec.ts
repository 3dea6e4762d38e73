import { Database } from '@ap/persistence';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

/**
 * An aggression file is for those involved in it and those with an organisation-wide duty: an employee
 * finds their own reports, a team lead their team's, a department head all of them.
 */
describe('who finds which incident file', () => {
  const app = useTestApp();
  const http = () => app.t.http();
  const list = async (username: string) => (await http().get('/api/incidents').query({ limit: 100 }).set(await app.api.as(username)).expect(200)).body.map((i: any) => i.id);

  it('lists and opens for an employee only the files they are involved in, for their team lead the team’s, for the department head all', async () => {
    await app.api.ensureUser('collega.elders', 'Kim Elders', ['employee']);
    const mine = await app.api.phoneIncident(newCitizen(), 'insult', new Date(Date.now() - 600_000), 'I', 'medewerker');
    const theirs = await app.api.phoneIncident(newCitizen(), 'insult', new Date(Date.now() - 600_000), 'I', 'collega.elders');
    // Sanne de Boer (medewerker) and Rik Vos (eerstemedewerker) are in one team.
    const db = app.t.app.get(Database);
    await db.transaction((uow) => uow.query(`UPDATE users SET unit_id = (SELECT unit_id FROM users WHERE username = 'eerstemedewerker') WHERE username = 'medewerker'`));
    await db.transaction((uow) => uow.query(`UPDATE incidents SET unit_id = (SELECT unit_id FROM users WHERE username = 'eerstemedewerker') WHERE id = $1`, [mine.id]));

    expect(await list('medewerker')).toContain(mine.id);
    expect(await list('medewerker')).not.toContain(theirs.id);
    expect(await list('eerstemedewerker')).toContain(mine.id);
    expect(await list('eerstemedewerker')).not.toContain(theirs.id);
    expect(await list('afdelingshoofd')).toEqual(expect.arrayContaining([mine.id, theirs.id]));

    const refused = await http().get(`/api/incidents/${theirs.id}`).set(await app.api.as('medewerker'));
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/^Dit dossier is alleen te zien voor wie erbij betrokken is/);
    await http().get(`/api/incidents/${mine.id}`).set(await app.api.as('medewerker')).expect(200);
    const letters = await http().get('/api/letters').query({ incidentId: theirs.id }).set(await app.api.as('medewerker'));
    expect(letters.status).toBe(403);

    // The channel counts beside the list count only what the user may open.
    const facets = async (username: string) => (await http().get('/api/incidents/facets').set(await app.api.as(username)).expect(200)).body.channels.find((c: any) => c.key === 'phone').count;
    expect(await facets('afdelingshoofd')).toBeGreaterThan(await facets('medewerker'));

    // Legal staff, who read every letter, may preview a template with any incident's data.
    const { reference } = (await http().get(`/api/incidents/${theirs.id}`).set(await app.api.as('afdelingshoofd')).expect(200)).body;
    const detail = (await http().get('/api/letter-templates/TC1').set(await app.api.as('afdelingshoofd')).expect(200)).body;
    const sha = detail.versions?.[0]?.sha256 ?? detail.published?.sha256;
    const preview = await http().get(`/api/letter-templates/TC1/versions/${sha}/preview`).query({ incident: reference }).set(await app.api.as('juridisch'));
    expect(preview.status).toBe(200);
  });
});
