import { gzipSync } from 'node:zlib';
import { Database } from '@ap/persistence';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

/** Input an attacker or a broken client sends: each gets a 4xx in Dutch that says what is wrong and where, and nothing is stored. */
describe('hostile input', () => {
  const app = useTestApp();
  const counts = () =>
    app.t.app.get(Database).read(async (uow) => ({ incidents: await uow.incidents.count(), citizens: await uow.citizens.count(), instances: await uow.instances.count() }));
  const report = (citizen: object) => ({
    channel: 'phone',
    category: 'II',
    behaviour: 'threat',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    location: 'Klantcontactcentrum, Markt 1',
    description: 'De beller dreigde.',
    citizen,
  });
  const post = async (body: string | Buffer | object, headers: Record<string, string> = {}) => {
    // fetch, not supertest: it sends the bytes and headers exactly as given.
    const res = await fetch(`${await app.t.app.getUrl()}/api/incidents`, {
      method: 'POST',
      headers: { ...(await app.api.as('medewerker')), 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' || Buffer.isBuffer(body) ? (body as BodyInit) : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };

  it('refuses a NUL character in any text, of the body or the query, naming the field', async () => {
    const before = await counts();
    const body = await post(report(newCitizen({ name: 'J. de\u0000 Vries' })));
    expect(body).toEqual({ status: 400, body: expect.objectContaining({ errors: [{ field: 'citizen.name', problems: [expect.stringContaining('NUL-teken')] }] }) });
    const query = await app.t.http().get('/api/citizens').query({ name: 'Vr\u0000ies' }).set(await app.api.as('medewerker'));
    expect(query.status).toBe(400);
    expect(query.body.errors).toEqual([{ field: 'name', problems: [expect.stringContaining('NUL-teken')] }]);
    expect(await counts()).toEqual(before);
  });

  it('refuses JSON nested thousands deep, a body over the limit and one that claims gzip but is not', async () => {
    const before = await counts();
    for (const deep of ['['.repeat(5000) + ']'.repeat(5000), '{"a":'.repeat(3000) + '1' + '}'.repeat(3000)]) {
      const res = await post(`{"citizen":${deep}}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].problems[0]).toMatch(/dieper genest dan 16 niveaus/);
    }
    const large = await post(`{"description":"${'a'.repeat(6 * 1024 * 1024)}"}`);
    expect(large).toEqual({ status: 413, body: expect.objectContaining({ message: expect.stringContaining('5 MB') }) });
    const notGzip = await post('{"not":"gzip"}', { 'content-encoding': 'gzip' });
    expect(notGzip).toEqual({ status: 400, body: expect.objectContaining({ message: 'De inhoud is volgens Content-Encoding gecomprimeerd, maar laat zich niet uitpakken.' }) });
    const unknown = await post('{}', { 'content-encoding': 'zip' });
    expect(unknown.status).toBe(415);
    expect(await counts()).toEqual(before);
    // Real gzip is read.
    expect((await post(gzipSync(JSON.stringify(report(newCitizen()))), { 'content-encoding': 'gzip' })).status).toBe(201);
  });

  it('refuses paging out of range with the field named', async () => {
    const head = await app.api.as('afdelingshoofd');
    for (const path of ['/api/incidents', '/api/tasks', '/api/citizens?name=Vries']) {
      for (const [field, value, problem] of [
        ['limit', -1, 'Moet minstens 1 zijn.'],
        ['limit', 'abc', 'Geef een heel getal.'],
        ['offset', -5, 'Moet minstens 0 zijn.'],
        ['offset', 1e20, 'Mag hoogstens 1000000 zijn.'],
      ] as const) {
        const res = await app.t.http().get(path).query({ [field]: value }).set(head);
        expect([path, res.status]).toEqual([path, 400]);
        expect(res.body.errors).toEqual([{ field, problems: expect.arrayContaining([problem]) }]);
      }
    }
  });

  it('refuses required text of spaces only, and stores nothing', async () => {
    const before = await counts();
    const res = await post(report(newCitizen({ name: '    ' })));
    expect(res).toEqual({ status: 400, body: expect.objectContaining({ errors: [{ field: 'citizen.name', problems: ['Vul dit in; alleen spaties is geen invoer.'] }] }) });
    const blankLocation = await post({ ...report(newCitizen()), location: ' \t ' });
    expect(blankLocation.body.errors).toEqual([{ field: 'location', problems: ['Vul dit in; alleen spaties is geen invoer.'] }]);
    expect(await counts()).toEqual(before);
  });

  it('never passes the database’s own error text to the client', async () => {
    // A day that does not exist passes the format check and reaches the database.
    const res = await app.t.http().get('/api/bans/lookup').query({ name: 'De Vries', dateOfBirth: '2026-02-31' }).set(await app.api.as('receptie'));
    expect(res.status).toBeLessThan(500);
    expect(JSON.stringify(res.body)).not.toMatch(/date\/time|out of range|relation|constraint|violates|syntax/i);
  });
});
