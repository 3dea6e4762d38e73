import { TimerScheduler } from '@ap/workflow-runtime';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { createTestApp, TestApp } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

const embedded = !!process.env.TEST_DB_EMBEDDED;

/**
 * The police report is due 24 hours after the incident (7.3). The deadline is a timer in the model,
 * stored in the database and fired once by whichever service process gets it first.
 */
describe('phone protocol: the 24-hour police report deadline', () => {
  const clock = new TestClock(new Date('2026-09-01T09:00:00Z'));
  const app = useTestApp({ clock });

  const fireDue = (instance: TestApp = app.t) => instance.app.get(TimerScheduler).fireDue();

  it('escalates to the department head when the report is not filed within 24 hours, once', async () => {
    clock.set('2026-09-01T09:00:00Z');
    const incident = await app.api.phoneIncident(newCitizen(), 'threat', new Date('2026-09-01T08:00:00Z'));
    clock.set('2026-09-02T07:59:00Z');
    await fireDue();
    expect(await app.api.openElements(incident.id)).not.toContain('escalate_police_report');

    clock.set('2026-09-02T08:00:00Z');
    await fireDue();
    expect(await app.api.openElements(incident.id)).toEqual(expect.arrayContaining(['escalate_police_report', 'police_report']));
    const escalation = await app.api.task(incident.id, 'escalate_police_report', 'afdelingshoofd');
    expect(escalation.dueAt).toBe('2026-09-02T12:00:00.000Z');

    clock.set('2026-09-05T08:00:00Z');
    await fireDue();
    const file = await app.api.file(incident.id);
    expect(file.tasks.filter((task: any) => task.elementId === 'escalate_police_report')).toHaveLength(1);
    expect(file.timeline.filter((e: any) => e.summary === 'Termijn verstreken: 24 uur na het incident')).toHaveLength(1);
    // Each step and each date says which paragraph of the protocol it carries out, as its model cites it.
    expect(file.tasks.find((task: any) => task.elementId === 'escalate_police_report').paragraphs).toEqual(['7.3, 24 uur', '7.3, mutatie']);
    expect(file.timers.find((timer: any) => timer.elementId === 'police_report_overdue').paragraphs).toEqual(['7.3, 24 uur']);
  });

  it('does not escalate a report filed in time', async () => {
    clock.set('2026-09-10T09:00:00Z');
    const incident = await app.api.phoneIncident(newCitizen(), 'threat', new Date('2026-09-10T08:00:00Z'));
    await app.api.filePoliceReport(incident.id);
    clock.set('2026-09-12T09:00:00Z');
    await fireDue();
    const file = await app.api.file(incident.id);
    expect(file.tasks.map((task: any) => task.elementId)).not.toContain('escalate_police_report');
    expect(file.timeline.map((e: any) => e.summary)).not.toContain('Termijn verstreken: 24 uur na het incident');
  });

  it('fires a deadline that fell due while the service was down right after it starts again', async () => {
    clock.set('2026-09-20T09:00:00Z');
    const incident = await app.api.phoneIncident(newCitizen(), 'threat', new Date('2026-09-20T08:00:00Z'));
    await app.stop();
    clock.set('2026-09-22T09:00:00Z');
    await app.start({ timerPollMs: 50 });
    const deadline = Date.now() + 10_000;
    while (!(await app.api.openElements(incident.id)).includes('escalate_police_report')) {
      if (Date.now() > deadline) throw new Error('the overdue timer did not fire after the restart');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it(`fires each of many due timers exactly once with two schedulers at work (${embedded ? 'one process: the embedded database serves one' : 'two service instances on one database'})`, async () => {
    clock.set('2026-10-01T09:00:00Z');
    const incidents = [];
    for (let i = 0; i < 25; i++) incidents.push(await app.api.phoneIncident(newCitizen(), 'threat', new Date('2026-10-01T08:00:00Z')));
    clock.set('2026-10-03T09:00:00Z');
    const other = embedded ? app.t : await createTestApp({ clock });
    try {
      await Promise.all([fireDue(app.t), fireDue(other), fireDue(app.t), fireDue(other)]);
    } finally {
      if (other !== app.t) await other.close();
    }
    for (const incident of incidents) {
      const file = await app.api.file(incident.id);
      expect(file.tasks.filter((task: any) => task.elementId === 'escalate_police_report')).toHaveLength(1);
      // The deadline and aftercare's day-after timer, each once.
      expect(file.timeline.filter((e: any) => e.type === 'timer-fired').map((e: any) => e.summary).sort()).toEqual([
        'Termijn verstreken: 1 dag na het incident',
        'Termijn verstreken: 24 uur na het incident',
      ]);
    }
  });
});
