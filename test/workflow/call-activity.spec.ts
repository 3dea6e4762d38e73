import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TimerScheduler } from '@ap/workflow-runtime';
import { processesWith } from '../support/processes-dir';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/**
 * A channel model calls the shared aftercare sub-process (ch. 6): its conversations fall due at the
 * right moments, and when it ends the calling process goes on.
 */
describe('call activities: the aftercare sub-process', () => {
  const clock = new TestClock(new Date('2026-11-02T10:00:00Z'));
  const app = useTestApp(() => ({
    clock,
    processesDir: processesWith({ 'outside-hours.bpmn': readFileSync(join(__dirname, 'fixtures/outside-hours-aftercare.bpmn'), 'utf8') }),
  }));

  const due = async (incidentId: string) => {
    const file = await app.api.file(incidentId);
    return Object.fromEntries(file.tasks.filter((task: any) => task.status === 'open').map((task: any) => [task.elementId, task.dueAt]));
  };

  it('schedules the conversations and the company doctor, then returns to the calling process', async () => {
    const incident = await app.api.report({
      channel: 'outside-hours',
      category: 'II',
      behaviour: 'threat',
      occurredAt: '2026-11-02T09:00:00Z',
      location: 'Supermarkt, Dorpsstraat',
      description: 'Medewerker werd buiten werktijd bedreigd.',
      citizen: newCitizen(),
    });
    expect(await due(incident.id)).toEqual({
      first_conversation: '2026-11-02T13:00:00.000Z',
      company_doctor: '2026-11-04T09:00:00.000Z',
    });
    const scheduler = app.t.app.get(TimerScheduler);

    clock.set('2026-11-03T09:00:00Z');
    await scheduler.fireDue();
    expect(await due(incident.id)).toMatchObject({ reconstruction: '2026-11-05T09:00:00.000Z' });
    expect(await due(incident.id)).not.toHaveProperty('evaluation');

    clock.set('2026-11-30T09:00:00Z');
    await scheduler.fireDue();
    expect(await due(incident.id)).toMatchObject({ evaluation: '2026-12-03T09:00:00.000Z' });

    for (const element of ['first_conversation', 'company_doctor', 'reconstruction', 'evaluation']) {
      await app.api.completeAt(incident.id, element, {}, 'afdelingshoofd');
    }
    const refer = await app.api.complete((await app.api.task(incident.id, 'follow_up', 'afdelingshoofd')).id, { outcome: 'refer' }, 'afdelingshoofd');
    expect(refer.body.errors).toEqual([expect.objectContaining({ field: 'referredTo' })]);
    await app.api.completeAt(incident.id, 'follow_up', { outcome: 'refer', referredTo: 'Slachtofferhulp' }, 'afdelingshoofd');

    // Back in the calling process, which sees the sub-process's outcome.
    expect(Object.keys(await due(incident.id))).toEqual(['after']);
    await app.api.completeAt(incident.id, 'after', {}, 'pno');
    const file = await app.api.file(incident.id);
    expect(file.process.status).toBe('completed');
    expect(file.timeline.map((e: any) => e.type)).toEqual(expect.arrayContaining(['subprocess-completed', 'process-completed']));
  });
});
