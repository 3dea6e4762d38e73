import { randomUUID } from 'node:crypto';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/**
 * A visit says where someone is alone (5.6): it is shown to the employee who planned it, the colleague
 * named at check-out and the department heads, and to no one else.
 */
describe('who sees a home visit', () => {
  const clock = new TestClock(new Date('2026-12-07T07:00:00Z'));
  const app = useTestApp({ clock });

  const get = async (id: string, username: string) => app.t.http().get(`/api/home-visits/${id}`).set(await app.api.as(username));

  it('shows a visit to its employee, the colleague named at check-out and the department head only', async () => {
    await app.api.ensureUser('tweedemedewerker', 'Jesse Kok');
    const visit = await app.api.planHomeVisit('2026-12-07T10:00:00+01:00');
    expect(visit).toMatchObject({ stage: 'risk-assessment', employee: { username: 'medewerker', displayName: 'Sanne de Boer' }, checkOut: null });

    expect((await get(visit.id, 'medewerker')).status).toBe(200);
    expect((await get(visit.id, 'afdelingshoofd')).status).toBe(200);
    const before = await get(visit.id, 'eerstemedewerker');
    expect(before.status).toBe(403);
    expect(before.body.message).toBe('Dit huisbezoek is alleen te zien voor de medewerker die het plande, de collega bij wie is uitgemeld en het afdelingshoofd.');

    await app.api.completeAt(visit.key, 'risk_assessment', { risk: 'low', considerations: 'Geen bijzonderheden.' }, 'medewerker');
    await app.api.completeAt(visit.key, 'two_person_decision', { twoPersons: false }, 'afdelingshoofd');
    await app.api.completeAt(visit.key, 'check_out', { colleague: 'eerstemedewerker', mobile: '06 12345678', expectedEnd: '2026-12-07T11:00:00+01:00' }, 'medewerker');

    const colleague = await get(visit.id, 'eerstemedewerker');
    expect(colleague.status).toBe(200);
    expect(colleague.body).toMatchObject({ stage: 'under-way', visitedPhone: '0575 123456', checkOut: { mobile: '06 12345678', colleague: { username: 'eerstemedewerker' } } });
    expect((await get(visit.id, 'tweedemedewerker')).status).toBe(403);
    expect((await get(visit.id, 'receptie')).status).toBe(403);

    const mine = await app.t.http().get('/api/home-visits').set(await app.api.as('tweedemedewerker')).expect(200);
    expect(mine.body.map((v: any) => v.id)).not.toContain(visit.id);
  });

  it('lets only those who go on visits plan one; department heads and team leads still see visits', async () => {
    await app.api.ensureUser('teamleider', 'Bram Jacobs', ['team-lead']);
    const body = { address: 'Markt 1, Voorbeeldstad', visitedName: 'Bakkerij Smit', purpose: 'Gesprek', plannedStart: '2026-12-07T10:00:00+01:00', plannedMinutes: 30 };
    const before = await app.t.http().get('/api/home-visits').set(await app.api.as('afdelingshoofd')).expect(200);
    for (const username of ['afdelingshoofd', 'teamleider']) {
      const res = await app.t.http().post('/api/home-visits').set(await app.api.as(username)).send(body);
      expect({ username, status: res.status, message: res.body.message }).toEqual({ username, status: 403, message: 'Hiervoor is een van deze rollen nodig: medewerker.' });
      expect((await app.t.http().get('/api/home-visits/plan-form').set(await app.api.as(username))).status).toBe(403);
    }
    const after = await app.t.http().get('/api/home-visits').set(await app.api.as('afdelingshoofd')).expect(200);
    expect(after.body.length).toBe(before.body.length);

    // An employee plans; the department head sees the visit in the list and on its page, as before.
    const visit = await app.api.planHomeVisit('2026-12-07T11:00:00+01:00');
    const all = await app.t.http().get('/api/home-visits').set(await app.api.as('afdelingshoofd')).expect(200);
    expect(all.body.map((v: any) => v.id)).toContain(visit.id);
    expect((await get(visit.id, 'afdelingshoofd')).body).toMatchObject({ id: visit.id, stage: 'risk-assessment' });
    expect((await app.t.http().get('/api/home-visits').set(await app.api.as('teamleider'))).status).toBe(200);
  });

  it('answers 404 in Dutch for a visit that does not exist', async () => {
    const res = await get(randomUUID(), 'medewerker');
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('Dit huisbezoek bestaat niet.');
  });

  it('lists my visits from today on first, the soonest on top, then earlier ones', async () => {
    await app.api.ensureUser('derdemedewerker', 'Lotte Bos');
    const plan = async (plannedStart: string) => {
      const res = await app.t
        .http()
        .post('/api/home-visits')
        .set(await app.api.as('derdemedewerker'))
        .send({ address: 'Markt 1, Voorbeeldstad', visitedName: plannedStart, purpose: 'Gesprek', plannedStart, plannedMinutes: 30 });
      expect(res.status).toBe(201);
    };
    clock.set('2026-12-08T07:00:00Z');
    for (const start of ['2026-12-10T10:00:00+01:00', '2026-12-04T10:00:00+01:00', '2026-12-08T09:00:00+01:00', '2026-12-01T10:00:00+01:00']) await plan(start);
    const list = await app.t.http().get('/api/home-visits').set(await app.api.as('derdemedewerker')).expect(200);
    expect(list.body.map((v: any) => v.visitedName)).toEqual(['2026-12-08T09:00:00+01:00', '2026-12-10T10:00:00+01:00', '2026-12-04T10:00:00+01:00', '2026-12-01T10:00:00+01:00']);
  });

  it('describes the plan form from the class that checks a plan', async () => {
    const res = await app.t.http().get('/api/home-visits/plan-form').set(await app.api.as('medewerker')).expect(200);
    expect(res.body.schema.required.sort()).toEqual(['address', 'plannedMinutes', 'plannedStart', 'purpose', 'visitedName']);
    expect(res.body.schema.properties.address).toMatchObject({ title: 'Adres', maxLength: 300 });
    expect(res.body.schema.properties.plannedStart.title).toBe('Begin van het bezoek');
  });
});
