import { counterWithIncidentTalk, deliveredModel } from '../support/model-edits';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

/**
 * Team protocols: the admin keeps the organisation's teams and who is in which; a policy owner deploys a
 * channel's model as one team's variant; that team's incidents run it (and its calls the team's variants),
 * every other incident the organisation's; the incident file says which ran.
 */
describe('API: team protocols', () => {
  const app = useTestApp();
  const as = (username: string) => app.api.as(username);
  const http = () => app.t.http();
  const userId = async (username: string) => ((await http().get('/api/users').set(await as('beheer')).expect(200)).body as any[]).find((u) => u.username === username).id;
  const deploy = async (key: string, body: Record<string, unknown>) => http().post(`/api/process-models/${key}/versions`).set(await as('beleid')).send(body);
  const newest = async (key: string) => (await http().get(`/api/process-models/${key}/versions`).set(await as('beleid')).expect(200)).body[0].version as number;
  let team: { id: string; name: string };

  beforeAll(async () => {
    team = (await http().post('/api/organisation-units').set(await as('beheer')).send({ name: 'Wijkteam Noord' }).expect(201)).body;
    await app.api.ensureUser('wijkmedewerker', 'Wim Wijk');
    await http().put(`/api/users/${await userId('wijkmedewerker')}/unit`).set(await as('beheer')).send({ unitId: team.id }).expect(204);
  });

  it('lets only the admin keep the teams, refusing a blank or taken name in Dutch', async () => {
    expect(team).toMatchObject({ name: 'Wijkteam Noord', userCount: 0, incidentCount: 0, variantCount: 0 });
    const units = (await http().get('/api/organisation-units').set(await as('medewerker')).expect(200)).body;
    expect(units.map((u: any) => u.name)).toEqual(['Bedrijfsvoering', 'Bestuur', 'Klantcontactcentrum', 'Publiekszaken', 'Wijkteam Noord']);
    expect(units.find((u: any) => u.name === 'Wijkteam Noord')).toMatchObject({ userCount: 1 });

    await http().post('/api/organisation-units').set(await as('beleid')).send({ name: 'Eigen team' }).expect(403);
    const taken = await http().post('/api/organisation-units').set(await as('beheer')).send({ name: 'wijkteam noord' });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toBe('Er is al een team "Wijkteam Noord".');
    const blank = await http().post('/api/organisation-units').set(await as('beheer')).send({ name: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([{ field: 'name', problems: ['Vul dit in; alleen spaties is geen invoer.'] }]);

    const spare = (await http().post('/api/organisation-units').set(await as('beheer')).send({ name: 'Tijdelijk' }).expect(201)).body;
    await http().patch(`/api/organisation-units/${spare.id}`).set(await as('beheer')).send({ name: 'Projectteam' }).expect(204);
    const inUse = await http().delete(`/api/organisation-units/${team.id}`).set(await as('beheer'));
    expect(inUse.status).toBe(409);
    expect(inUse.body.message).toBe('Team "Wijkteam Noord" is nog in gebruik (1 medewerker) en kan niet worden verwijderd.');
    await http().delete(`/api/organisation-units/${spare.id}`).set(await as('beheer')).expect(204);

    const unknown = await http().put(`/api/users/${await userId('juridisch')}/unit`).set(await as('beheer')).send({ unitId: spare.id });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ field: 'unitId', problems: ['Dit team bestaat niet (meer).'] }]);
  });

  it("runs the team's variant for the team's incidents, the organisation's for the others, and says which", async () => {
    const base = await newest('counter');
    const res = await deploy('counter', { xml: counterWithIncidentTalk(), comment: 'Wijkteam Noord voert na elk balie-incident een gesprek', baseVersion: base, unitId: team.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: base + 1, unitId: team.id, unitName: 'Wijkteam Noord' });

    const models = (await http().get('/api/process-models').set(await as('beleid')).expect(200)).body;
    expect(models.find((m: any) => m.key === 'counter')).toMatchObject({ version: base, variants: [{ unitId: team.id, unitName: 'Wijkteam Noord', version: base + 1 }] });
    const versions = (await http().get('/api/process-models/counter/versions').set(await as('beleid')).expect(200)).body;
    expect(versions.slice(0, 2)).toMatchObject([
      { version: base + 1, unitName: 'Wijkteam Noord' },
      { version: base, unitName: null },
    ]);

    const ours = await app.api.file((await app.api.counterIncident(newCitizen(), 'wijkmedewerker')).id);
    expect(ours.unitName).toBe('Wijkteam Noord');
    expect(ours.protocols[0]).toMatchObject({ processKey: 'counter', version: base + 1, unitName: 'Wijkteam Noord' });
    expect(ours.tasks.map((t: any) => t.elementId)).toContain('incident_talk');

    const theirs = await app.api.file((await app.api.counterIncident()).id);
    expect(theirs.unitName).toBe('Klantcontactcentrum');
    expect(theirs.protocols[0]).toMatchObject({ processKey: 'counter', version: base, unitName: null });
    expect(theirs.tasks.map((t: any) => t.elementId)).not.toContain('incident_talk');

    // The report form asks what the reporter's own protocol asks.
    const form = async (username: string) => (await http().get('/api/incidents/report-form').set(await as(username)).expect(200)).body;
    expect(await form('wijkmedewerker')).toEqual(await form('medewerker')); // the talk is no part of the report itself
  });

  it("starts the team's variant of a called process from the team's incident", async () => {
    const letter = deliveredModel('letter');
    const renamed = letter.replace(/(<bpmn:process id="letter"[^>]*name=")([^"]*)"/, '$1$2 (Wijkteam Noord)"');
    expect(renamed).not.toBe(letter);
    const res = await deploy('letter', { xml: renamed, comment: 'Eigen briefroute', baseVersion: await newest('letter'), unitId: team.id });
    expect(res.status).toBe(201);

    const incident = await app.api.counterIncident(newCitizen(), 'wijkmedewerker');
    const called = async (id: string) => (await app.api.file(id)).protocols.filter((p: any) => p.processKey === 'letter');
    // The visitor left when asked: a first time on path A gets the warning letter, drafted by the letter process.
    await app.api.completeAt(incident.id, 'on_site_steps', { steps: [{ step: 'addressed', at: new Date(Date.now() - 3500_000).toISOString() }], outcome: 'left' }, 'wijkmedewerker');
    const letters = await called(incident.id);
    expect(letters.length).toBeGreaterThan(0);
    expect(letters.every((p: any) => p.unitName === 'Wijkteam Noord' && p.processName.endsWith('(Wijkteam Noord)'))).toBe(true);
  });

  it('refuses a variant for a team that does not exist, of a model that does not exist, or on a stale base', async () => {
    const base = await newest('phone');
    const phone = deliveredModel('phone');
    const ghost = await deploy('phone', { xml: phone, comment: 'x', baseVersion: base, unitId: '00000000-0000-4000-8000-000000000000' });
    expect(ghost.status).toBe(400);
    expect(ghost.body.errors).toEqual([{ field: 'unitId', problems: ['Dit team bestaat niet (meer).'] }]);

    const brandNew = phone.replace(/id="phone"/, 'id="wijkroute"');
    const noModel = await deploy('wijkroute', { xml: brandNew, comment: 'x', unitId: team.id });
    expect(noModel.status).toBe(422);
    expect(noModel.body.message).toMatch(/"wijkroute" is nog niet in gebruik/);

    // Two lines of one model: a team's variant does not stand in the way of the organisation's next version.
    expect((await deploy('phone', { xml: phone, comment: 'Variant', baseVersion: base, unitId: team.id })).status).toBe(201);
    expect((await deploy('phone', { xml: phone, comment: 'Organisatie', baseVersion: base })).status).toBe(201);
    const stale = await deploy('phone', { xml: phone, comment: 'Nog een variant', baseVersion: base, unitId: team.id });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(new RegExp(`^Intussen is versie ${base + 1} van "phone" voor team "Wijkteam Noord" in gebruik genomen`));
  });

  it("starts a team's variant drawn without start rules for the reports the organisation's model starts", async () => {
    // As a variant drawn before models had start rules: it takes what the organisation's written protocol takes.
    const withoutRules = deliveredModel('written').replace(/\s*<camunda:property name="start bij" value="[^"]*" \/>/g, '');
    expect(withoutRules).not.toContain('start bij');
    expect((await deploy('written', { xml: withoutRules, comment: 'Variant zonder startregels', baseVersion: await newest('written'), unitId: team.id })).status).toBe(201);
    const incident = await app.api.report(
      { channel: 'written', category: 'I', behaviour: 'insult', occurredAt: new Date().toISOString(), location: 'Post, Markt 1', description: 'Een scheldbrief.', citizen: newCitizen() },
      'wijkmedewerker',
    );
    expect(incident.protocols[0]).toMatchObject({ processKey: 'written', unitName: 'Wijkteam Noord' });
  });
});
