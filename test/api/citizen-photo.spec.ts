import { newCitizen, ProtocolClient } from '../support/protocol-client';
import { createTestApp, TestApp } from '../support/test-app';

// A 1x1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Receptions get a banned visitor's photo where one was attached (ch. 8). */
describe('API: a citizen photo for receptions', () => {
  let t: TestApp;
  let api: ProtocolClient;

  beforeAll(async () => {
    t = await createTestApp();
    api = new ProtocolClient(t);
  });
  afterAll(() => t.close());

  it('stores a checked image, serves it to reception, and refuses anything else', async () => {
    const incident = await api.phoneIncident(newCitizen(), 'insult', new Date());
    const url = `/api/citizens/${incident.citizen.id}/photo`;
    const head = await api.as('publiekscontacten');
    await t.http().get(url).set(await api.as('receptie')).expect(404);

    const wrongType = await t.http().put(url).set(head).set('Content-Type', 'image/gif').send(PNG);
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0].problems[0]).toMatch(/image\/jpeg or image\/png/);
    const notPng = await t.http().put(url).set(head).set('Content-Type', 'image/png').send(Buffer.from('<script>alert(1)</script>'));
    expect(notPng.status).toBe(400);
    const tooLarge = await t.http().put(url).set(head).set('Content-Type', 'image/png').send(Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
    expect(tooLarge.status).toBe(400);
    await t.http().put(url).set(await api.as('medewerker')).set('Content-Type', 'image/png').send(PNG).expect(403);

    await t.http().put(url).set(head).set('Content-Type', 'image/png').send(PNG).expect(204);
    const served = await t.http().get(url).set(await api.as('receptie')).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(served.body, PNG)).toBe(0);
  });
});
