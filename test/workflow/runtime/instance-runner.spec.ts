import { randomUUID } from 'node:crypto';
import { InstanceRetry, InstanceRunner, SYSTEM_ACTOR, TaskCompletions, TimerFiring } from '@ap/workflow-runtime';
import { caseRows, useRuntime } from './runtime-harness';

/**
 * InstanceRunner: every kind of trigger (start, task, timer, retry) recovers the stored state, runs to
 * the next wait and stores it; a run that fails is undone and recorded, and the instance can go on.
 */
describe('InstanceRunner', () => {
  const runtime = useRuntime(new Date('2026-11-02T09:00:00Z'));
  const start = (businessKey: string, variables: Record<string, unknown>) =>
    runtime.write((uow) => runtime.get(InstanceRunner).start(uow, 'runtime-steps', businessKey, variables, SYSTEM_ACTOR, null));
  const user = (username: string) => runtime.read(async (uow) => (await uow.users.findOneByOrFail({ username })));
  const openTask = async (businessKey: string, elementId: string) => {
    const task = (await caseRows(runtime, businessKey)).tasks.find((t) => t.elementId === elementId && t.status === 'open');
    if (!task) throw new Error(`no open task ${elementId}`);
    return task;
  };

  it('stores a new instance once, stopped at its first task', async () => {
    const key = randomUUID();
    const instance = await start(key, { handler: 'medewerker', closer: 'pno' });
    const rows = await caseRows(runtime, key);
    expect(rows.instances).toEqual([expect.objectContaining({ id: instance.id, status: 'waiting', doneElements: ['start'], waitingElements: ['check'], failure: null, endedAt: null })]);
    expect(rows.instances[0].state).not.toBeNull();
    expect(rows.tasks.map((t) => [t.elementId, t.status])).toEqual([['check', 'open']]);
    expect(rows.timers).toEqual([]);
  });

  it('resumes from the stored state after each restart, whatever moves it on, to the end', async () => {
    const key = randomUUID();
    await start(key, { handler: 'medewerker', closer: 'pno' });
    const [medewerker, pno] = [await user('medewerker'), await user('pno')];

    await runtime.restart();
    await runtime.get(TaskCompletions).complete((await openTask(key, 'check')).id, { comment: 'Gezien.' }, { id: medewerker.id, name: medewerker.displayName }, medewerker.roles);
    expect((await caseRows(runtime, key)).instances[0]).toMatchObject({ status: 'waiting', waitingElements: ['wait'] });

    await runtime.restart();
    runtime.clock.advance('P1D');
    expect(await runtime.get(TimerFiring).fireNextDue()).toBe(true);
    expect((await caseRows(runtime, key)).instances[0]).toMatchObject({ status: 'waiting', waitingElements: ['close', 'late'] });

    await runtime.restart();
    await runtime.get(TaskCompletions).complete((await openTask(key, 'close')).id, {}, { id: pno.id, name: pno.displayName }, pno.roles);
    const rows = await caseRows(runtime, key);
    expect(rows.instances[0]).toMatchObject({ status: 'completed', state: null, waitingElements: [], endedAt: runtime.clock.now() });
    expect(rows.instances[0].doneElements).toEqual(expect.arrayContaining(['start', 'check', 'wait', 'close', 'done']));
    expect(rows.instances[0].doneElements).not.toContain('timed_out');
    expect(rows.tasks.map((t) => [t.elementId, t.status, t.completedBy])).toEqual([
      ['check', 'completed', medewerker.id],
      ['close', 'completed', pno.id],
    ]);
    expect(rows.timers.map((t) => [t.elementId, t.status])).toEqual([
      ['wait', 'fired'],
      ['late', 'cancelled'],
    ]);
  });

  it('records a failed start without tasks, and runs it again once the cause is fixed', async () => {
    const key = randomUUID();
    const username = `invaller-${key.slice(0, 8)}`;
    const instance = await start(key, { handler: username, closer: 'pno' });
    let rows = await caseRows(runtime, key);
    expect(rows.instances[0]).toMatchObject({ status: 'failed', state: null, failure: { elementId: 'check', message: `taak "Controleren" heeft geen bekende behandelaar: ${username}` } });
    expect(rows.tasks).toEqual([]);

    await expect(runtime.get(InstanceRetry).retry(instance.id, SYSTEM_ACTOR)).rejects.toMatchObject({ code: 'unprocessable' });
    await runtime.write((uow) => uow.users.insert({ username, passwordHash: '-', displayName: 'Invaller', jobTitle: 'medewerker', roles: ['employee'], email: null, active: true, unitId: null }));

    await runtime.restart();
    await runtime.get(InstanceRetry).retry(instance.id, SYSTEM_ACTOR);
    rows = await caseRows(runtime, key);
    expect(rows.instances[0]).toMatchObject({ status: 'waiting', failure: null, waitingElements: ['check'] });
    expect(rows.tasks).toEqual([expect.objectContaining({ elementId: 'check', status: 'open', assigneeId: (await user(username)).id })]);
    await expect(runtime.get(InstanceRetry).retry(instance.id, SYSTEM_ACTOR)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('undoes a run that fails halfway and keeps the last good state, so the instance can go on', async () => {
    const key = randomUUID();
    await start(key, { handler: 'medewerker', closer: 'niemand' });
    const medewerker = await user('medewerker');
    await runtime.get(TaskCompletions).complete((await openTask(key, 'check')).id, {}, { id: medewerker.id, name: medewerker.displayName }, medewerker.roles);
    const before = (await caseRows(runtime, key)).instances[0];

    runtime.clock.advance('P1D');
    expect(await runtime.get(TimerFiring).fireNextDue()).toBe(true);
    const rows = await caseRows(runtime, key);
    expect(rows.instances[0]).toMatchObject({ status: 'waiting', state: before.state, waitingElements: ['wait'], failure: { elementId: 'close' } });
    expect(rows.tasks.filter((t) => t.status === 'open')).toEqual([]);
    expect(rows.timers).toEqual([expect.objectContaining({ elementId: 'wait', status: 'failed', lastError: 'taak "Afsluiten" heeft geen bekende behandelaar: niemand' })]);
    // A failed timer is not fired again by itself.
    expect(await runtime.get(TimerFiring).fireNextDue()).toBe(false);
  });
});
