import { randomUUID } from 'node:crypto';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

/** Before reporting, staff look the citizen up, so that recidive finds the same person again. */
describe('API: citizen search', () => {
  const app = useTestApp();
  const family = `Pietersen-${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    for (const [name, dateOfBirth] of [
      [`Anna ${family}`, '1990-01-02'],
      [`Bram ${family}`, '1985-05-06'],
      [`Carla ${family}`, '1990-01-02'],
    ]) {
      await app.api.phoneIncident(newCitizen({ name, dateOfBirth }), 'insult', new Date());
    }
  });

  it('finds by part of the name whatever the case, narrowed by date of birth, a page at a time with the total', async () => {
    const as = await app.api.as('medewerker');
    const all = await app.t.http().get('/api/citizens').query({ name: family.toUpperCase() }).set(as).expect(200);
    expect(all.body.map((c: any) => c.name)).toEqual([`Anna ${family}`, `Bram ${family}`, `Carla ${family}`]);
    expect(all.headers['x-total-count']).toBe('3');
    expect(all.body[0]).toEqual({ id: expect.any(String), name: `Anna ${family}`, dateOfBirth: '1990-01-02', streetAddress: 'Dorpsstraat 12', postalCode: '1234 CD', city: 'Voorbeeldstad' });

    const born = await app.t.http().get('/api/citizens').query({ name: family.toLowerCase(), dateOfBirth: '1990-01-02' }).set(as).expect(200);
    expect(born.body.map((c: any) => c.name)).toEqual([`Anna ${family}`, `Carla ${family}`]);

    const page = await app.t.http().get('/api/citizens').query({ name: family, limit: 1, offset: 1 }).set(as).expect(200);
    expect(page.body.map((c: any) => c.name)).toEqual([`Bram ${family}`]);
    expect(page.headers['x-total-count']).toBe('3');
  });

  it('treats % and _ as letters', async () => {
    const res = await app.t.http().get('/api/citizens').query({ name: '%' }).set(await app.api.as('medewerker')).expect(200);
    expect(res.body).toEqual([]);
  });

  it('refuses a search without a name or with a bad date of birth, in Dutch at the field', async () => {
    const res = await app.t.http().get('/api/citizens').query({ dateOfBirth: '2-1-1990' }).set(await app.api.as('medewerker')).expect(400);
    const fields = Object.fromEntries(res.body.errors.map((e: any) => [e.field, e.problems.join(' ')]));
    expect(fields.name).toMatch(/Vul/);
    expect(fields.dateOfBirth).toMatch(/JJJJ-MM-DD/);
  });

  it('is only for the roles that look citizens up', async () => {
    for (const username of ['receptie', 'college', 'beleid']) {
      await app.t.http().get('/api/citizens').query({ name: family }).set(await app.api.as(username)).expect(403);
    }
    await app.t.http().get('/api/citizens').query({ name: family }).set(await app.api.as('pno')).expect(200);
  });
});
