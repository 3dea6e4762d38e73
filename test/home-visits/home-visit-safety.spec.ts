import { TimerScheduler } from '@ap/workflow-runtime';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/**
 * Home visit safety (5.6): risk assessment and the two-person decision before the visit, check-out with
 * the expected end, check-in; not back 30 minutes after the expected end: the colleague looks for the
 * employee, and if unreachable the department head decides on a police check.
 */
describe('home visit safety', () => {
  const clock = new TestClock(new Date('2026-11-23T08:00:00Z'));
  const app = useTestApp({ clock });

  const plan = (plannedStart: string, plannedMinutes?: number) => app.api.planHomeVisit(plannedStart, plannedMinutes);
  const open = async (key: string) => {
    const res = await app.t.http().get(`/api/home-visits/${key.slice('home-visit:'.length)}`).set(await app.api.as('afdelingshoofd')).expect(200);
    return res.body.steps.filter((step: any) => step.status === 'open').map((step: any) => step.elementId).sort();
  };
  const prepareAndLeave = async (key: string, expectedEnd: string) => {
    await app.api.completeAt(key, 'risk_assessment', { risk: 'medium', considerations: 'Eerder een boze reactie op een brief.' }, 'medewerker');
    const decision = await app.api.task(key, 'two_person_decision', 'afdelingshoofd');
    expect(decision.input).toMatchObject({ risk: 'medium' });
    await app.api.completeAt(key, 'two_person_decision', { twoPersons: true, companion: 'Rik Vos' }, 'afdelingshoofd');
    await app.api.completeAt(key, 'check_out', { colleague: 'eerstemedewerker', mobile: '06 12345678', expectedEnd }, 'medewerker');
  };
  const fireDue = () => app.t.app.get(TimerScheduler).fireDue();

  it('asks the colleague named at check-out to make contact 30 minutes after the expected end, then the department head', async () => {
    const visit = await plan('2026-11-24T10:00:00+01:00');
    expect(await open(visit.key)).toEqual(['risk_assessment']);
    clock.set('2026-11-24T08:30:00Z');
    await prepareAndLeave(visit.key, '2026-11-24T11:00:00+01:00');
    const checkIn = await app.api.task(visit.key, 'check_in', 'medewerker');
    expect(checkIn.dueAt).toBe('2026-11-24T10:30:00.000Z');

    clock.set('2026-11-24T10:29:00Z');
    await fireDue();
    expect(await open(visit.key)).toEqual(['check_in']);

    clock.set('2026-11-24T10:30:00Z');
    await fireDue();
    // The employee can still check in while the colleague looks for them.
    expect(await open(visit.key)).toEqual(['check_in', 'contact_employee']);
    const contact = await app.api.task(visit.key, 'contact_employee', 'eerstemedewerker');
    expect(contact.input).toMatchObject({ mobile: '06 12345678', colleague: 'eerstemedewerker', address: 'Kerkstraat 12, 1234 AB Voorbeeldstad' });
    expect(contact.subject.title).toBe('Huisbezoek Bouwbedrijf De Vries, 24 november 2026 10:00');
    // The task is the named colleague's: other employees see that it is someone else's, and not what
    // it holds (the mobile, the address, whom was visited); they cannot take or complete it.
    const colleague = await app.t.http().get('/api/auth/me').set(await app.api.as('eerstemedewerker')).expect(200);
    expect(contact).toMatchObject({ assigneeId: colleague.body.id, candidateGroups: ['employee'], restricted: false });
    await app.api.ensureUser('tweedemedewerker', 'Jesse Kok');
    const listed = await app.api.task(visit.key, 'contact_employee', 'tweedemedewerker');
    const one = (await app.t.http().get(`/api/tasks/${contact.id}`).set(await app.api.as('tweedemedewerker')).expect(200)).body;
    for (const other of [listed, one]) {
      expect(other).toMatchObject({ name: contact.name, dueAt: contact.dueAt, assignee: { displayName: 'Rik Vos' }, restricted: true, input: {}, form: null, submitted: null });
      expect(other.subject).toEqual({ kind: 'home-visit', id: visit.id, title: 'Huisbezoek, 24 november 2026 10:00' });
      for (const secret of ['06 12345678', 'Kerkstraat', 'Bouwbedrijf']) expect(JSON.stringify(other)).not.toContain(secret);
    }
    await app.t.http().post(`/api/tasks/${contact.id}/claim`).set(await app.api.as('tweedemedewerker')).expect(409);
    const refused = await app.api.complete(contact.id, { outcome: 'reached', note: 'Ik heb haar gebeld.' }, 'tweedemedewerker');
    expect({ status: refused.status, message: refused.body.message }).toEqual({ status: 409, message: `Taak "${contact.name}" is aan iemand anders toegewezen` });
    expect(await open(visit.key)).toEqual(['check_in', 'contact_employee']);

    const bad = await app.api.complete(contact.id, { outcome: 'gone' }, 'eerstemedewerker');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['note', 'outcome']);
    await app.api.completeAt(visit.key, 'contact_employee', { outcome: 'unreachable', note: 'Mobiel gaat over, bedrijf neemt niet op.' }, 'eerstemedewerker');
    expect(await open(visit.key)).toEqual(['check_in', 'police_check']);
    await app.api.completeAt(visit.key, 'police_check', { askPolice: true, note: 'Politie gevraagd langs te gaan.' }, 'afdelingshoofd');
    const done = await app.t.http().get(`/api/home-visits/${visit.id}`).set(await app.api.as('afdelingshoofd')).expect(200);
    expect(done.body).toMatchObject({ stage: 'not-back', checkedInAt: null });
    expect(await open(visit.key)).toEqual(['check_in']);
  });

  // 5.6: the search starts half an hour after the expected end; a check-in after that still counts.
  it.each([
    ['31 minutes', '2026-11-30T10:31:00Z', '11:31'],
    ['90 minutes', '2026-11-30T11:30:00Z', '12:30'],
  ])('accepts a check-in %s after the expected end, ends the search and tells the colleague who was looking', async (_after, checkedInAt, localTime) => {
    clock.set('2026-11-30T07:00:00Z');
    const visit = await plan('2026-11-30T10:00:00+01:00');
    await prepareAndLeave(visit.key, '2026-11-30T11:00:00+01:00');
    clock.set('2026-11-30T10:30:00Z');
    await fireDue();
    const contact = await app.api.task(visit.key, 'contact_employee', 'eerstemedewerker');

    clock.set(checkedInAt);
    await app.api.completeAt(visit.key, 'check_in', {}, 'medewerker');
    const message = `Sanne de Boer heeft zich alsnog gemeld om ${localTime}. U hoeft niet meer te zoeken.`;
    // Recorded on the visit: back at that time, the search step closed with the message, nothing open.
    const done = (await app.t.http().get(`/api/home-visits/${visit.id}`).set(await app.api.as('eerstemedewerker')).expect(200)).body;
    expect(done).toMatchObject({ stage: 'back', checkedInAt: new Date(checkedInAt).toISOString() });
    expect(done.steps.filter((step: any) => step.status !== 'completed')).toEqual([
      expect.objectContaining({ taskId: contact.id, elementId: 'contact_employee', status: 'cancelled', completedAt: new Date(checkedInAt).toISOString(), closeMessage: message }),
    ]);
    // The colleague is told, and only they: the search task is closed with the message, which is also in their messages.
    const closed = (await app.t.http().get(`/api/tasks/${contact.id}`).set(await app.api.as('eerstemedewerker')).expect(200)).body;
    expect(closed).toMatchObject({ status: 'cancelled', closeMessage: message });
    const late = await app.api.complete(contact.id, { outcome: 'reached', note: 'Gebeld.' }, 'eerstemedewerker');
    expect({ status: late.status, message: late.body.message }).toEqual({ status: 409, message: `Taak "${contact.name}" is al vervallen: ${message}` });
    const messagesOf = async (username: string) => (await app.t.http().get('/api/notifications').set(await app.api.as(username)).expect(200)).body;
    expect((await messagesOf('eerstemedewerker')).filter((n: any) => n.body === message)).toEqual([
      expect.objectContaining({ role: null, incidentId: null, subject: `Taak vervallen: ${contact.name}`, read: false }),
    ]);
    await app.api.ensureUser('tweedemedewerker', 'Jesse Kok');
    expect((await messagesOf('tweedemedewerker')).some((n: any) => n.body === message)).toBe(false);
    // The visit's process is over: no timer or task waits any more.
    const instance = (await app.t.http().get(`/api/process-instances/${contact.instanceId}`).set(await app.api.as('afdelingshoofd')).expect(200)).body;
    expect(instance.status).toBe('completed');
  });

  it("keeps the risk assessment, check-out and check-in with the employee who planned the visit", async () => {
    clock.set('2026-11-24T07:00:00Z');
    const visit = await plan('2026-11-24T13:00:00+01:00');
    const planner = await app.t.http().get('/api/auth/me').set(await app.api.as('medewerker')).expect(200);
    const tryAsColleague = async (elementId: string, form: Record<string, unknown>) => {
      const task = await app.api.task(visit.key, elementId, 'eerstemedewerker');
      expect(task).toMatchObject({ assigneeId: planner.body.id, claimed: false, candidateGroups: ['employee'], restricted: true, input: {}, form: null });
      expect(task.subject.title).not.toContain('Bouwbedrijf');
      const claim = await app.t.http().post(`/api/tasks/${task.id}/claim`).set(await app.api.as('eerstemedewerker'));
      expect(claim.status).toBe(409);
      const res = await app.api.complete(task.id, form, 'eerstemedewerker');
      expect({ status: res.status, message: res.body.message }).toEqual({ status: 409, message: `Taak "${task.name}" is aan iemand anders toegewezen` });
      expect(await open(visit.key)).toEqual([elementId]);
    };

    await tryAsColleague('risk_assessment', { risk: 'low', considerations: 'Geen bijzonderheden.' });
    await app.api.completeAt(visit.key, 'risk_assessment', { risk: 'low', considerations: 'Geen bijzonderheden.' }, 'medewerker');
    await app.api.completeAt(visit.key, 'two_person_decision', { twoPersons: false }, 'afdelingshoofd');
    await tryAsColleague('check_out', { colleague: 'medewerker', mobile: '06 99999999', expectedEnd: '2026-11-24T14:00:00+01:00' });
    const checkedOut = await app.api.completeAt(visit.key, 'check_out', { colleague: 'eerstemedewerker', mobile: '06 12345678', expectedEnd: '2026-11-24T14:00:00+01:00' }, 'medewerker');
    // What was filled in stays the planner's too (the colleague named sees it on the visit's page).
    const submitted = async (username: string) => (await app.t.http().get(`/api/tasks/${checkedOut.id}`).set(await app.api.as(username)).expect(200)).body.submitted;
    expect(await submitted('medewerker')).toMatchObject({ mobile: '06 12345678' });
    expect(await submitted('eerstemedewerker')).toBeNull();
    // Not even the colleague named at check-out can say the employee is back.
    await tryAsColleague('check_in', {});
    const underWay = await app.t.http().get(`/api/home-visits/${visit.id}`).set(await app.api.as('medewerker')).expect(200);
    expect(underWay.body).toMatchObject({ stage: 'under-way', checkedInAt: null, checkOut: { mobile: '06 12345678' } });
    await app.api.completeAt(visit.key, 'check_in', {}, 'medewerker');
    expect(await open(visit.key)).toEqual([]);
  });

  it('ends quietly when the employee checks in on time', async () => {
    clock.set('2026-11-25T07:00:00Z');
    const visit = await plan('2026-11-25T09:00:00+01:00', 45);
    await prepareAndLeave(visit.key, '2026-11-25T09:45:00+01:00');
    clock.set('2026-11-25T08:50:00Z');
    await app.api.completeAt(visit.key, 'check_in', {}, 'medewerker');
    clock.set('2026-11-25T12:00:00Z');
    await fireDue();
    const done = await app.t.http().get(`/api/home-visits/${visit.id}`).set(await app.api.as('medewerker')).expect(200);
    expect(done.body).toMatchObject({ stage: 'back', checkedInAt: '2026-11-25T08:50:00.000Z' });
    expect(done.body.checkOut).toMatchObject({ mobile: '06 12345678', expectedEnd: '2026-11-25T09:45:00+01:00', colleague: { username: 'eerstemedewerker', displayName: 'Rik Vos' } });
    expect(done.body.steps.filter((step: any) => step.status === 'open')).toEqual([]);
    expect(done.body.steps.map((step: any) => step.elementId)).not.toContain('contact_employee');
  });

  it('does not let a visit outside office hours go ahead, and rejects a check-out in the past', async () => {
    clock.set('2026-11-26T07:00:00Z');
    const evening = await plan('2026-11-26T18:00:00+01:00');
    expect(await open(evening.key)).toEqual(['reschedule']);

    const visit = await plan('2026-11-26T10:00:00+01:00');
    await app.api.completeAt(visit.key, 'risk_assessment', { risk: 'low', considerations: 'Geen bijzonderheden.' }, 'medewerker');
    await app.api.completeAt(visit.key, 'two_person_decision', { twoPersons: false }, 'afdelingshoofd');
    const checkOut = await app.api.task(visit.key, 'check_out', 'medewerker');
    const past = await app.api.complete(checkOut.id, { colleague: 'eerstemedewerker', mobile: '06 1', expectedEnd: '2026-11-26T06:00:00Z' }, 'medewerker');
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'expectedEnd' })]);
    expect(await open(visit.key)).toEqual(['check_out']);
  });

  it('takes as colleague only another active employee, by username', async () => {
    clock.set('2026-11-27T07:00:00Z');
    const visit = await plan('2026-11-27T10:00:00+01:00');
    await app.api.completeAt(visit.key, 'risk_assessment', { risk: 'low', considerations: 'Geen bijzonderheden.' }, 'medewerker');
    await app.api.completeAt(visit.key, 'two_person_decision', { twoPersons: false }, 'afdelingshoofd');
    const checkOut = await app.api.task(visit.key, 'check_out', 'medewerker');
    for (const colleague of ['Rik Vos', 'pno', 'medewerker']) {
      const res = await app.api.complete(checkOut.id, { colleague, mobile: '06 12345678', expectedEnd: '2026-11-27T11:00:00+01:00' }, 'medewerker');
      expect({ colleague, status: res.status, fields: res.body.errors?.map((e: any) => e.field) }).toEqual({ colleague, status: 400, fields: ['colleague'] });
    }
    expect(await open(visit.key)).toEqual(['check_out']);
  });

  it('answers 400 naming the fields of a malformed plan', async () => {
    const res = await app.t.http().post('/api/home-visits').set(await app.api.as('medewerker')).send({ address: '', plannedStart: 'morgen', plannedMinutes: 0 });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.field).sort()).toEqual(['address', 'plannedMinutes', 'plannedStart', 'purpose', 'visitedName']);
  });
});
