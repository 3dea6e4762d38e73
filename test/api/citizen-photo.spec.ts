import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

// A 1x1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Receptions get a banned visitor's photo where one was attached (ch. 8). */
describe('API: a citizen photo for receptions', () => {
  const app = useTestApp();

  it('stores a checked image, serves it to reception, and refuses anything else', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'insult', new Date());
    const url = `/api/citizens/${incident.citizen.id}/photo`;
    const head = await app.api.as('publiekscontacten');
    await app.t.http().get(url).set(await app.api.as('receptie')).expect(404);

    const wrongType = await app.t.http().put(url).set(head).set('Content-Type', 'image/gif').send(PNG);
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0].problems[0]).toMatch(/image\/jpeg of image\/png/);
    const notPng = await app.t.http().put(url).set(head).set('Content-Type', 'image/png').send(Buffer.from('<script>alert(1)</script>'));
    expect(notPng.status).toBe(400);
    const tooLarge = await app.t.http().put(url).set(head).set('Content-Type', 'image/png').send(Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.message).toMatch(/De foto is groter dan 2 MB/);
    await app.t.http().put(url).set(await app.api.as('medewerker')).set('Content-Type', 'image/png').send(PNG).expect(403);

    await app.t.http().put(url).set(head).set('Content-Type', 'image/png').send(PNG).expect(204);
    const served = await app.t.http().get(url).set(await app.api.as('receptie')).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(served.body, PNG)).toBe(0);
  });
});
