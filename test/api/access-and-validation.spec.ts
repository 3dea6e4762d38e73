import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

describe('API: sign-in, roles and bad input', () => {
  const app = useTestApp();

  const validIncident = () => ({
    channel: 'phone',
    category: 'I',
    behaviour: 'insult',
    occurredAt: new Date(Date.now() - 3600_000).toISOString(),
    location: 'Klantcontactcentrum',
    description: 'Schold de medewerker uit.',
    citizen: newCitizen(),
  });

  it('answers 401 without a token or with a forged one', async () => {
    const none = await app.t.http().get('/api/tasks');
    expect(none.status).toBe(401);
    expect(none.body.message).toMatch(/Niet ingelogd/);
    await app.t.http().get('/api/tasks').set('Authorization', 'Bearer not.a.token').expect(401);
    await app.t.http().post('/api/incidents').send(validIncident()).expect(401);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const res = await app.t.http().post('/api/auth/login').send({ username: 'medewerker', password: 'fout' }).expect(401);
    expect(res.body.message).toBe('Onbekende gebruikersnaam of onjuist wachtwoord');
  });

  it('answers 403 to a role the endpoint is not for', async () => {
    const reception = await app.api.as('receptie');
    const res = await app.t.http().post('/api/incidents').set(reception).send(validIncident()).expect(403);
    expect(res.body.message).toBe('Hiervoor is een van deze rollen nodig: medewerker, eerste medewerker, afdelingshoofd.');
    await app.t.http().get('/api/bans/lookup').query({ name: 'x' }).set(await app.api.as('medewerker')).expect(403);
    await app.t.http().get('/api/process-models').set(await app.api.as('medewerker')).expect(403);
  });

  it('answers 400 naming every bad field, nested ones by their path', async () => {
    const res = await app.t
      .http()
      .post('/api/incidents')
      .set(await app.api.as('medewerker'))
      .send({ ...validIncident(), channel: 'fax', occurredAt: 'gisteren', citizen: { name: '', postalCode: '12' }, extra: 1 })
      .expect(400);
    const fields = res.body.errors.map((e: any) => e.field).sort();
    expect(fields).toEqual(['channel', 'citizen.name', 'citizen.postalCode', 'extra', 'occurredAt']);
    expect(res.body.errors.find((e: any) => e.field === 'citizen.postalCode').problems[0]).toMatch(/1234 AB/);
  });

  it('answers 400 to malformed JSON and to an incident in the future', async () => {
    const token = await app.api.as('medewerker');
    const malformed = await app.t.http().post('/api/incidents').set(token).set('Content-Type', 'application/json').send('{"channel": ').expect(400);
    expect(malformed.body.message).toBe('De inhoud van het verzoek is geen geldige JSON.');
    const future = await app.t
      .http()
      .post('/api/incidents')
      .set(token)
      .send({ ...validIncident(), occurredAt: new Date(Date.now() + 86400_000).toISOString() })
      .expect(400);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'occurredAt' })]);
  });

  it('answers 400 to a task form that does not fit, and 404/400 to unknown or malformed ids', async () => {
    const incident = await app.api.report(validIncident());
    const task = await app.api.task(incident.id, 'sign:TC1', 'afdelingshoofd');
    const bad = await app.api.complete(task.id, { decision: 'maybe', extra: true }, 'afdelingshoofd');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['decision', 'extra']);
    const head = await app.api.as('afdelingshoofd');
    await app.t.http().get('/api/tasks/00000000-0000-4000-8000-000000000000').set(head).expect(404);
    const malformed = await app.t.http().get('/api/tasks/not-a-uuid').set(head).expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', problems: [expect.stringMatching(/^Moet een geldige id \(UUID\) zijn/)] }]);
    // Nothing was lost: the task is still open and can be completed.
    expect((await app.api.complete(task.id, { decision: 'approve' }, 'afdelingshoofd')).status).toBe(200);
  });

  it('does not let someone outside the candidate groups see or complete a task', async () => {
    const incident = await app.api.report(validIncident());
    const task = await app.api.task(incident.id, 'sign:TC1', 'afdelingshoofd');
    await app.t.http().get(`/api/tasks/${task.id}`).set(await app.api.as('receptie')).expect(403);
    expect((await app.api.complete(task.id, { decision: 'approve' }, 'medewerker')).status).toBe(403);
  });

  it('lets a task be claimed by one person, after which colleagues cannot complete it', async () => {
    const incident = await app.api.report({ ...validIncident(), category: 'II', behaviour: 'threat' });
    const task = await app.api.task(incident.id, 'police_report', 'medewerker');
    const claimed = await app.t.http().post(`/api/tasks/${task.id}/claim`).set(await app.api.as('medewerker')).expect(200);
    expect(claimed.body.assigneeId).toBeTruthy();
    await app.t.http().post(`/api/tasks/${task.id}/claim`).set(await app.api.as('afdelingshoofd')).expect(409);
    const byColleague = await app.api.complete(task.id, { filed: false, mutationNumber: 'M-1', reasonNotFiled: 'Geen aangifte gewenst' }, 'afdelingshoofd');
    expect(byColleague.status).toBe(409);
    const noMutation = await app.api.complete(task.id, { filed: false }, 'medewerker');
    expect(noMutation.body.errors.map((e: any) => e.field).sort()).toEqual(['mutationNumber', 'reasonNotFiled']);
    expect((await app.api.complete(task.id, { filed: false, mutationNumber: 'M-1', reasonNotFiled: 'Geen aangifte gewenst' }, 'medewerker')).status).toBe(200);
  });

  it('lists my open tasks a page at a time, with the total in X-Total-Count', async () => {
    await app.api.report(validIncident());
    await app.api.report(validIncident());
    const head = await app.api.as('afdelingshoofd');
    const all = await app.t.http().get('/api/tasks').set(head).expect(200);
    const total = Number(all.headers['x-total-count']);
    expect(total).toBeGreaterThanOrEqual(2);
    const second = await app.t.http().get('/api/tasks').query({ limit: 1, offset: 1 }).set(head).expect(200);
    expect(second.headers['x-total-count']).toBe(String(total));
    expect(second.body).toHaveLength(1);
    expect(second.body[0].id).toBe(all.body[1].id);
    const tooMany = await app.t.http().get('/api/tasks').query({ limit: 501 }).set(head).expect(400);
    expect(tooMany.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
    await app.t.http().get('/api/tasks').query({ offset: 'een' }).set(head).expect(400);
  });

  it('publishes an OpenAPI document and Swagger UI', async () => {
    const doc = await app.t.http().get('/api/openapi.json').expect(200);
    expect(doc.body.paths['/api/incidents'].post).toBeDefined();
    expect(doc.body.paths['/api/tasks/{id}/complete'].post).toBeDefined();
    expect(doc.body.components.securitySchemes.bearer).toBeDefined();
    const ui = await app.t.http().get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });
});
