import { randomUUID } from 'node:crypto';
import { InstanceRunner, SYSTEM_ACTOR, TaskCompletions, TimerFiring } from '@ap/workflow-runtime';
import { caseRows, useRuntime } from './runtime-harness';

/** CallActivitySync: one sub-process per call, the caller going on when it ends, cancelled with the call. */
describe('CallActivitySync', () => {
  const runtime = useRuntime(new Date('2026-11-02T09:00:00Z'));
  const startCaller = async () => {
    const key = randomUUID();
    const caller = await runtime.write((uow) => runtime.get(InstanceRunner).start(uow, 'runtime-caller', key, { reporter: 'Sanne' }, SYSTEM_ACTOR, null));
    return { key, caller };
  };

  it('starts the sub-process once, with the call input, and runs the caller on when it ends', async () => {
    const { key, caller } = await startCaller();
    let rows = await caseRows(runtime, key);
    const [, child] = rows.instances;
    expect(rows.instances).toHaveLength(2);
    expect(rows.instances[0]).toMatchObject({ id: caller.id, status: 'waiting', waitingElements: ['call', 'give_up'] });
    expect(child).toMatchObject({ parentInstanceId: caller.id, status: 'waiting', waitingElements: ['answer'], variables: expect.objectContaining({ reporter: 'Sanne', question: 'Hoe gaat het?' }) });
    expect(rows.tasks).toEqual([expect.objectContaining({ instanceId: child.id, elementId: 'answer', input: { question: 'Hoe gaat het?' }, processKey: 'runtime-caller' })]);

    await runtime.restart();
    runtime.clock.advance('PT1H');
    const medewerker = await runtime.read((uow) => uow.users.findOneByOrFail({ username: 'medewerker' }));
    await runtime.get(TaskCompletions).complete(rows.tasks[0].id, { comment: 'Goed.' }, { id: medewerker.id, name: medewerker.displayName }, medewerker.roles);
    rows = await caseRows(runtime, key);
    expect(rows.instances.map((i) => [i.id, i.status])).toEqual([
      [caller.id, 'waiting'],
      [child.id, 'completed'],
    ]);
    expect(rows.instances[0].waitingElements).toEqual(['after']);
    expect(rows.instances[0].doneElements).toContain('call');
    // The boundary timer on the call ended with it.
    expect(rows.timers.map((t) => [t.elementId, t.status])).toEqual([['give_up', 'cancelled']]);
    expect(rows.tasks.map((t) => [t.elementId, t.status])).toEqual([
      ['answer', 'completed'],
      ['after', 'open'],
    ]);
  });

  it('cancels the sub-process with its tasks when the caller stops waiting on the call', async () => {
    runtime.clock.set('2026-11-02T09:00:00Z');
    const { key, caller } = await startCaller();
    await runtime.restart();
    runtime.clock.set('2026-11-09T09:00:00Z');
    expect(await runtime.get(TimerFiring).fireNextDue()).toBe(true);
    const rows = await caseRows(runtime, key);
    expect(rows.instances.map((i) => [i.parentInstanceId, i.status])).toEqual([
      [null, 'completed'],
      [caller.id, 'cancelled'],
    ]);
    expect(rows.instances[0].doneElements).toContain('given_up');
    expect(rows.instances[1]).toMatchObject({ state: null, waitingElements: [], endedAt: new Date('2026-11-09T09:00:00Z') });
    expect(rows.tasks.map((t) => [t.elementId, t.status])).toEqual([['answer', 'cancelled']]);
  });
});
