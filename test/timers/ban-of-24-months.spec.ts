import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/** A ban far beyond what in-memory timers can wait for ends by itself on its end date. */
describe('a ban of 24 months', () => {
  const clock = new TestClock(new Date('2027-05-03T10:00:00Z'));
  const app = useTestApp({ clock });

  it('is in the register for two years after signing and ends after its last day', async () => {
    const citizen = newCitizen();
    const incident = await app.api.report({
      channel: 'violence',
      category: 'III',
      behaviour: 'violence',
      occurredAt: '2027-05-03T09:30:00Z',
      location: 'Stadskantoor, spreekkamer 2',
      description: 'De burger sloeg de medewerker in het gezicht.',
      citizen,
    });
    const chosen = await app.driver.completeAll(incident.id, { choose_duration: { duration: 'P24M', motivation: 'Ernstig geweld met letsel.' } });
    expect(chosen).toContain('choose_duration');
    const [ban] = (await app.api.file(incident.id)).bans;
    expect(ban).toMatchObject({ status: 'active', duration: 'P24M', startsOn: '2027-05-03', endsOn: '2029-05-03' });

    const reception = await app.api.as('receptie');
    const lookup = (date: string) => app.t.http().get('/api/bans/lookup').query({ name: citizen.name, date }).set(reception).expect(200);
    expect((await lookup('2029-05-03')).body.bans).toHaveLength(1);

    await app.driver.advanceTo('2029-05-03T21:59:00Z'); // 23:59 in Amsterdam on the last day
    expect((await app.api.file(incident.id)).bans[0].status).toBe('active');
    await app.driver.advanceTo('2029-05-03T22:00:00Z');
    const file = await app.api.file(incident.id);
    expect(file.bans[0]).toMatchObject({ status: 'ended' });
    expect((await lookup('2029-05-04')).body).toEqual({ checkedOn: '2029-05-04', banned: false, bans: [] });
    const messages = await app.t.http().get('/api/notifications').set(reception).expect(200);
    expect(messages.body.some((n: any) => n.incidentId === incident.id && n.subject.endsWith('afgelopen'))).toBe(true);
  });
});
