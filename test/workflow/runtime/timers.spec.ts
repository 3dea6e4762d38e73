import { randomUUID } from 'node:crypto';
import { InstanceRunner, SYSTEM_ACTOR, TaskCompletions, TimerFiring, TimerSync } from '@ap/workflow-runtime';
import { caseRows, useRuntime } from './runtime-harness';

/** TimerSync and TimerFiring: a timer row per armed timer, fired once when due, across service processes. */
describe('timers', () => {
  const runtime = useRuntime(new Date('2026-11-02T09:00:00Z'));
  const medewerker = () => runtime.read((uow) => uow.users.findOneByOrFail({ username: 'medewerker' }));

  /** An instance waiting on its one-day timer. */
  const waitingOnTimer = async () => {
    const key = randomUUID();
    await runtime.write((uow) => runtime.get(InstanceRunner).start(uow, 'runtime-steps', key, { handler: 'medewerker', closer: 'pno' }, SYSTEM_ACTOR, null));
    const user = await medewerker();
    await runtime.get(TaskCompletions).complete((await caseRows(runtime, key)).tasks[0].id, {}, { id: user.id, name: user.displayName }, user.roles);
    return key;
  };

  it('stores an armed timer with its due time, once however often it is armed again', async () => {
    const key = await waitingOnTimer();
    const [timer] = (await caseRows(runtime, key)).timers;
    expect(timer).toMatchObject({ elementId: 'wait', name: 'Een dag wachten', status: 'scheduled', dueAt: new Date('2026-11-03T09:00:00Z') });

    await runtime.restart();
    const instance = (await caseRows(runtime, key)).instances[0];
    const armed = [{ executionId: timer.executionId, elementId: 'wait', name: 'Een dag wachten', dueAt: timer.dueAt }];
    for (let i = 0; i < 2; i++) await runtime.write((uow) => runtime.get(TimerSync).sync(uow, instance, armed, runtime.clock.now(), false));
    expect((await caseRows(runtime, key)).timers).toEqual([expect.objectContaining({ id: timer.id, status: 'scheduled' })]);

    await runtime.write((uow) => runtime.get(TimerSync).sync(uow, instance, [], runtime.clock.now(), false));
    expect((await caseRows(runtime, key)).timers).toEqual([expect.objectContaining({ id: timer.id, status: 'cancelled' })]);
  });

  it('fires nothing before it is due, and a timer that fell due while no process ran once it is back', async () => {
    runtime.clock.set('2026-11-02T09:00:00Z');
    const key = await waitingOnTimer();
    runtime.clock.set('2026-11-03T08:59:59Z');
    expect(await runtime.get(TimerFiring).fireNextDue()).toBe(false);

    await runtime.restart();
    runtime.clock.set('2026-11-05T09:00:00Z');
    expect(await runtime.get(TimerFiring).fireNextDue()).toBe(true);
    const rows = await caseRows(runtime, key);
    expect(rows.timers.map((t) => [t.elementId, t.status, t.firedAt])).toEqual([
      ['wait', 'fired', new Date('2026-11-05T09:00:00Z')],
      ['late', 'scheduled', null],
    ]);
    // The deadline runs from when the wait ended.
    expect(rows.timers[1].dueAt).toEqual(new Date('2026-11-07T09:00:00Z'));
  });

  it('fires each due timer exactly once when two service processes fire at the same moment', async () => {
    runtime.clock.set('2026-11-02T09:00:00Z');
    const keys = [];
    for (let i = 0; i < 6; i++) keys.push(await waitingOnTimer());
    runtime.clock.set('2026-11-03T10:00:00Z');
    const second = (await runtime.another()).get(TimerFiring);
    const first = runtime.get(TimerFiring);
    const fireAll = async (firing: TimerFiring) => {
      let fired = 0;
      while (await firing.fireNextDue()) fired++;
      return fired;
    };
    const counts = await Promise.all([fireAll(first), fireAll(second), fireAll(first), fireAll(second)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(keys.length);
    for (const key of keys) {
      const rows = await caseRows(runtime, key);
      expect(rows.timers.map((t) => [t.elementId, t.status])).toEqual([
        ['wait', 'fired'],
        ['late', 'scheduled'],
      ]);
      expect(rows.tasks.filter((t) => t.elementId === 'close')).toHaveLength(1);
    }
  });
});
