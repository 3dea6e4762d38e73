import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/**
 * Recidive is about when incidents happened, not about the order in which people record them. On the
 * counter the kind (A or B) is known once the on-the-spot steps are recorded; two incidents of one
 * citizen on one morning have their steps recorded in either order.
 */
describe('recidive: occurrence order, whatever the order of the work', () => {
  const clock = new TestClock(new Date('2026-03-02T12:00:00Z'));
  const app = useTestApp({ clock });

  /** Two house-rules incidents at the counter, at 9:00 and 10:00, reported without their on-the-spot steps. */
  async function twoIncidents() {
    const citizen = newCitizen();
    const report = (occurredAt: string) =>
      app.api.report({ channel: 'counter', category: 'I', behaviour: 'house-rules', occurredAt, location: 'Publiekshal', description: 'Weigerde de hal te verlaten.', citizen });
    const first = await report('2026-03-02T09:00:00+01:00');
    const second = await report('2026-03-02T10:00:00+01:00');
    return { first: first.id as string, second: second.id as string, firstReference: first.reference as string, secondReference: second.reference as string };
  }

  const recordSteps = (incidentId: string) =>
    app.api.completeAt(incidentId, 'on_site_steps', { steps: [{ step: 'addressed', at: '2026-03-02T09:00:00+01:00' }], outcome: 'left' }, 'medewerker');

  async function outcome(incidentId: string) {
    const file = await app.api.file(incidentId);
    return {
      isRepeat: file.isRepeat,
      letters: file.letters.map((l: any) => l.code),
      reviews: file.tasks.filter((t: any) => t.elementId === 'review_recidive').length,
      missed: file.timeline.filter((e: any) => e.type === 'recidive-missed').map((e: any) => e.details),
    };
  }

  it('in the order they happened: a warning BC1 for the first, the ban BC2 for the second, nothing to review', async () => {
    const { first, second } = await twoIncidents();
    await recordSteps(first);
    await recordSteps(second);
    expect(await outcome(first)).toEqual({ isRepeat: false, letters: ['BC1'], reviews: 0, missed: [] });
    expect(await outcome(second)).toEqual({ isRepeat: true, letters: ['BC2'], reviews: 0, missed: [] });
  });

  it('the later one first: the first is still the first (BC1), and the department head reviews the second, which missed its repeat', async () => {
    const { first, second, firstReference, secondReference } = await twoIncidents();
    await recordSteps(second);
    // Its kind is known, the first's not yet: the second goes as a first time.
    expect(await outcome(second)).toMatchObject({ isRepeat: false, letters: ['BC1'], reviews: 0 });

    await recordSteps(first);
    const missed = { earlierReference: firstReference, laterReference: secondReference, kind: 'balie-A', window: 'P6M' };
    expect(await outcome(first)).toEqual({ isRepeat: false, letters: ['BC1'], reviews: 0, missed: [expect.objectContaining(missed)] });
    expect(await outcome(second)).toEqual({ isRepeat: false, letters: ['BC1'], reviews: 1, missed: [expect.objectContaining(missed)] });

    // The review is the department head's, on the second incident, naming the first.
    const review = await app.api.task(second, 'review_recidive', 'afdelingshoofd');
    expect(review).toMatchObject({ candidateGroups: ['department-head'], input: { earlierReference: firstReference }, form: { key: 'recidive-review' }, subject: { id: second } });
    const byEmployee = await app.t.http().get('/api/tasks').query({ businessKey: second }).set(await app.api.as('medewerker')).expect(200);
    expect(byEmployee.body.map((t: any) => t.elementId)).not.toContain('review_recidive');

    await app.api.completeAt(second, 'review_recidive', { outcome: 'kept', explanation: 'BC1 is al verstuurd; bij een volgend incident volgt het verbod.' }, 'afdelingshoofd');
    for (const id of [first, second]) {
      const reviewed = (await app.api.file(id)).timeline.filter((e: any) => e.type === 'recidive-reviewed');
      expect(reviewed).toEqual([expect.objectContaining({ actorName: 'Marieke Jansen', details: expect.objectContaining({ earlierReference: firstReference, laterReference: secondReference, outcome: 'kept' }) })]);
    }
    expect((await outcome(second)).reviews).toBe(1);
  });

  it('counts an incident of the same moment by when it was reported', async () => {
    const citizen = newCitizen();
    const report = () =>
      app.api.report({ channel: 'counter', category: 'I', behaviour: 'house-rules', occurredAt: '2026-03-02T11:00:00+01:00', location: 'Publiekshal', description: 'Weigerde de hal te verlaten.', citizen });
    const one: string = (await report()).id;
    const other: string = (await report()).id;
    await recordSteps(other);
    await recordSteps(one);
    expect((await outcome(one)).isRepeat).toBe(false);
    expect(await outcome(other)).toMatchObject({ isRepeat: false, reviews: 1 });
  });
});
