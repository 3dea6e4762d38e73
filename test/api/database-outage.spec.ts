import { Client } from 'pg';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

// An outage is made by closing the suite's database on the PostgreSQL server; the embedded database lives
// in the suite's own process, where there is no server to lose.
const onServer = !process.env.TEST_DB_TEMPLATE_DUMP;

(onServer ? describe : describe.skip)('a database outage', () => {
  const app = useTestApp();

  async function eventually(check: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the service did not recover');
  }

  it('answers 503 with Retry-After while the database is away, says so in readiness, and recovers by itself', async () => {
    const head = await app.api.as('afdelingshoofd');
    const employee = await app.api.as('medewerker');
    await app.t.http().get('/api/incidents').set(head).expect(200);
    const database = decodeURIComponent(new URL(process.env.TEST_DB_URL!).pathname.slice(1));
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);

      for (const res of [
        await app.t.http().get('/api/incidents').set(head),
        await app.t.http().get('/api/incidents').set(head),
        await app.t.http().post('/api/incidents').set(employee).send({ channel: 'phone', category: 'II', behaviour: 'threat', occurredAt: new Date(Date.now() - 600_000).toISOString(), location: 'Markt 1', description: 'Dreigde.', citizen: newCitizen() }),
      ]) {
        expect(res.status).toBe(503);
        expect(res.headers['retry-after']).toBe('10');
        expect(res.body.message).toMatch(/De database is tijdelijk niet bereikbaar; er is niets opgeslagen/);
      }
      // Liveness does not depend on the database; readiness does.
      await app.t.http().get('/api/health').expect(200);
      const ready = await app.t.http().get('/api/health/ready').expect(503);
      expect(ready.headers['retry-after']).toBe('10');
      expect(ready.body).toMatchObject({ status: 'unavailable' });
    } finally {
      await admin.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    }

    await eventually(async () => (await app.t.http().get('/api/health/ready')).status === 200);
    await eventually(async () => (await app.t.http().get('/api/incidents').set(head)).status === 200);
    expect((await app.api.phoneIncident(newCitizen(), 'threat', new Date(Date.now() - 600_000))).reference).toMatch(/^AG-/);
  });
});
