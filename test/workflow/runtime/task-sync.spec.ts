import { randomUUID } from 'node:crypto';
import { InstanceRunner, RunFailed, SYSTEM_ACTOR, taskAssignment, TaskCompletions, TaskSync, TimerFiring } from '@ap/workflow-runtime';
import { WaitingUserTask } from '@ap/workflow-engine';
import { caseRows, useRuntime } from './runtime-harness';

/** TaskSync and the assignment check: one task row per wait, kept in step with the engine, given to whom may do it. */
describe('TaskSync', () => {
  const runtime = useRuntime(new Date('2026-11-02T09:00:00Z'));
  const start = (businessKey: string, variables: Record<string, unknown>) =>
    runtime.write((uow) => runtime.get(InstanceRunner).start(uow, 'runtime-steps', businessKey, variables, SYSTEM_ACTOR, null));

  it('opens a task once for a wait, however often the run that reached it is recovered', async () => {
    const key = randomUUID();
    const instance = await start(key, { handler: 'medewerker', closer: 'pno' });
    const [task] = (await caseRows(runtime, key)).tasks;
    const wait: WaitingUserTask = { executionId: task.executionId, elementId: 'check', name: 'Controleren', candidateGroups: ['employee'], assignee: 'medewerker', formKey: null, dueAt: null, input: {} };

    await runtime.restart();
    for (let i = 0; i < 2; i++) await runtime.write((uow) => runtime.get(TaskSync).sync(uow, instance, [wait], runtime.clock.now(), false));
    expect((await caseRows(runtime, key)).tasks).toEqual([expect.objectContaining({ id: task.id, status: 'open', processKey: 'runtime-steps' })]);

    // A run that no longer waits there cancels it, once.
    for (let i = 0; i < 2; i++) await runtime.write((uow) => runtime.get(TaskSync).sync(uow, instance, [], runtime.clock.now(), false));
    expect((await caseRows(runtime, key)).tasks).toEqual([expect.objectContaining({ id: task.id, status: 'cancelled', completedBy: null })]);
  });

  it('cancels the open task when a timer on it ends the wait, after a restart', async () => {
    const key = randomUUID();
    await start(key, { handler: 'medewerker', closer: 'pno' });
    const medewerker = await runtime.read((uow) => uow.users.findOneByOrFail({ username: 'medewerker' }));
    const check = (await caseRows(runtime, key)).tasks[0];
    await runtime.get(TaskCompletions).complete(check.id, { comment: 'Gezien.' }, { id: medewerker.id, name: medewerker.displayName }, medewerker.roles);
    expect((await caseRows(runtime, key)).tasks[0]).toMatchObject({ status: 'completed', completedBy: medewerker.id, form: { comment: 'Gezien.' } });
    runtime.clock.advance('P1D');
    await runtime.get(TimerFiring).fireNextDue();
    const pno = await runtime.read((uow) => uow.users.findOneByOrFail({ username: 'pno' }));
    expect((await caseRows(runtime, key)).tasks[1]).toMatchObject({ elementId: 'close', status: 'open', assigneeId: pno.id });

    await runtime.restart();
    runtime.clock.advance('P2D');
    await runtime.get(TimerFiring).fireNextDue();
    const rows = await caseRows(runtime, key);
    expect(rows.tasks.map((t) => [t.elementId, t.status])).toEqual([
      ['check', 'completed'],
      ['close', 'cancelled'],
    ]);
    expect(rows.instances[0]).toMatchObject({ status: 'completed' });
    expect(rows.instances[0].doneElements).toContain('timed_out');
  });

  describe('taskAssignment', () => {
    const wait = (candidateGroups: string[], assignee: string | null): WaitingUserTask => ({ executionId: randomUUID(), elementId: 'check', name: 'Controleren', candidateGroups, assignee, formKey: null, dueAt: null, input: {} });
    const assign = (w: WaitingUserTask) => runtime.read((uow) => taskAssignment(uow, w));
    const failure = async (w: WaitingUserTask) => {
      const err = await assign(w).then(() => null, (e) => e);
      expect(err).toBeInstanceOf(RunFailed);
      return (err as RunFailed).failure;
    };

    it('offers a task without assignee to its roles', async () => {
      expect(await assign(wait(['employee', 'team-lead'], null))).toBeNull();
    });

    it('gives a task to an active assignee who holds one of its roles', async () => {
      const pno = await runtime.read((uow) => uow.users.findOneByOrFail({ username: 'pno' }));
      expect(await assign(wait(['hr', 'department-head'], 'pno'))).toBe(pno.id);
    });

    it.each([
      [['employee', 'bestuur'], null, 'taak "Controleren" heeft geen bekende rol: bestuur'],
      [[], null, 'taak "Controleren" heeft geen bekende rol: geen rol opgegeven'],
      [['hr'], 'medewerker', 'taak "Controleren" heeft geen bekende behandelaar: medewerker heeft niet de rol hr'],
      [['hr'], 'niemand', 'taak "Controleren" heeft geen bekende behandelaar: niemand'],
      [['hr'], '', 'taak "Controleren" heeft geen bekende behandelaar: geen gebruiker opgegeven'],
    ])('fails the run for roles %j and assignee %j', async (groups, assignee, message) => {
      expect(await failure(wait(groups, assignee))).toEqual({ elementId: 'check', message });
    });

    it('does not give a task to a deactivated user', async () => {
      const username = `oud-${randomUUID().slice(0, 8)}`;
      await runtime.write((uow) => uow.users.insert({ username, passwordHash: '-', displayName: 'Oud', jobTitle: 'medewerker', roles: ['employee'], email: null, active: false, unitId: null }));
      expect(await failure(wait(['employee'], username))).toEqual({ elementId: 'check', message: `taak "Controleren" heeft geen bekende behandelaar: ${username}` });
    });
  });
});
