import { randomUUID } from 'node:crypto';
import { InstanceRunner, SYSTEM_ACTOR, TaskCompletions } from '@ap/workflow-runtime';
import { caseRows, useRuntime } from './runtime-harness';

/** TaskCompletions: who may complete a task, once, and in the caller's transaction where it asks. */
describe('TaskCompletions', () => {
  const runtime = useRuntime(new Date('2026-11-02T09:00:00Z'));
  const waitingOnCheck = async () => {
    const key = randomUUID();
    await runtime.write((uow) => runtime.get(InstanceRunner).start(uow, 'runtime-steps', key, { handler: 'medewerker', closer: 'pno' }, SYSTEM_ACTOR, null));
    const user = await runtime.read((uow) => uow.users.findOneByOrFail({ username: 'medewerker' }));
    return { key, task: (await caseRows(runtime, key)).tasks[0], actor: { id: user.id, name: user.displayName }, roles: user.roles };
  };

  it('completes a task once when two service processes complete it at the same moment', async () => {
    const { key, task, actor, roles } = await waitingOnCheck();
    const other = (await runtime.another()).get(TaskCompletions);
    const outcomes = await Promise.allSettled([runtime.get(TaskCompletions).complete(task.id, { comment: 'een' }, actor, roles), other.complete(task.id, { comment: 'twee' }, actor, roles)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'conflict', message: 'Taak "Controleren" is al afgerond' } });
    const rows = await caseRows(runtime, key);
    expect(rows.tasks).toEqual([expect.objectContaining({ id: task.id, status: 'completed' })]);
    expect(rows.timers).toHaveLength(1);
  });

  it('changes nothing when the completion is refused', async () => {
    const { key, task, actor } = await waitingOnCheck();
    const before = await caseRows(runtime, key);
    await expect(runtime.get(TaskCompletions).complete(task.id, {}, actor, ['hr'])).rejects.toMatchObject({ code: 'forbidden' });
    await expect(runtime.get(TaskCompletions).complete(task.id, {}, { id: randomUUID(), name: 'Ander' }, ['employee'])).rejects.toMatchObject({ code: 'conflict' });
    await expect(runtime.get(TaskCompletions).complete(randomUUID(), {}, actor, ['employee'])).rejects.toMatchObject({ code: 'not-found' });
    expect(await caseRows(runtime, key)).toEqual(before);
  });

  it('completes within the caller\'s transaction: undone with it when the caller fails', async () => {
    const { key, task, actor, roles } = await waitingOnCheck();
    const before = await caseRows(runtime, key);
    await expect(
      runtime.write(async (uow) => {
        const { failure } = await runtime.get(TaskCompletions).completeWithin(uow, task.id, {}, actor, roles);
        expect(failure).toBeNull();
        throw new Error('the caller fails after the completion');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await caseRows(runtime, key)).toEqual(before);
  });
});
