import { Database } from '@ap/persistence';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

/** A creating request sent again after a lost answer creates nothing twice. */
describe('Idempotency-Key on creating requests', () => {
  const app = useTestApp();
  const counts = () =>
    app.t.app.get(Database).read(async (uow) => ({ incidents: await uow.incidents.count(), letters: await uow.letters.count(), visits: await uow.homeVisits.count() }));
  const report = () => ({
    channel: 'phone',
    category: 'II',
    behaviour: 'threat',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    location: 'Klantcontactcentrum, Markt 1',
    description: 'De beller dreigde de medewerker op te wachten.',
    citizen: newCitizen(),
  });
  const post = async (path: string, body: object, key: string | null, username = 'medewerker') => {
    const req = app.t.http().post(path).set(await app.api.as(username));
    return (key === null ? req : req.set('Idempotency-Key', key)).send(body);
  };

  it('gives a retried report the first incident, refuses the key for another report, and serialises simultaneous retries', async () => {
    const body = report();
    const before = await counts();
    const first = await post('/api/incidents', body, 'melding-0001-abcdef');
    expect(first.status).toBe(201);
    const again = await post('/api/incidents', body, 'melding-0001-abcdef');
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await counts()).toEqual({ ...before, incidents: before.incidents + 1, letters: before.letters + 1 });

    const other = await post('/api/incidents', { ...body, description: 'Iets anders.' }, 'melding-0001-abcdef');
    expect(other.status).toBe(422);
    expect(other.body.message).toMatch(/Idempotency-Key is al gebruikt voor een ander verzoek/);

    // Five at once with one key: one incident, and all five get it.
    const burst = report();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('/api/incidents', burst, 'melding-0002-abcdef')));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect((await counts()).incidents).toBe(before.incidents + 2);

    // Keys are each user's own; without a key every request creates.
    const colleague = await post('/api/incidents', body, 'melding-0001-abcdef', 'eerstemedewerker');
    expect(colleague.status).toBe(201);
    expect(colleague.body.id).not.toBe(first.body.id);
    await post('/api/incidents', body, null).then((r) => expect(r.status).toBe(201));
    await post('/api/incidents', body, null).then((r) => expect(r.status).toBe(201));
    expect((await counts()).incidents).toBe(before.incidents + 5);

    const bad = await post('/api/incidents', body, 'kort');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'Idempotency-Key', problems: [expect.stringContaining('8 tot 200 zichtbare tekens')] }]);
  });

  it('gives a retried home visit plan the first visit', async () => {
    const plan = { address: 'Dorpsstraat 12, Voorbeeldstad', visitedName: 'J. de Vries', purpose: 'Controle bijstand', plannedStart: new Date(Date.now() + 86_400_000).toISOString(), plannedMinutes: 60 };
    const before = await counts();
    const first = await post('/api/home-visits', plan, 'bezoek-0001-abcdef');
    expect(first.status).toBe(201);
    const again = await post('/api/home-visits', plan, 'bezoek-0001-abcdef');
    expect(again.body.id).toBe(first.body.id);
    expect((await counts()).visits).toBe(before.visits + 1);
  });
});
