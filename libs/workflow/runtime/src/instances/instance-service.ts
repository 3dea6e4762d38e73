import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, DomainError, isRole } from '@ap/common';
import { Database, ProcessInstanceEntity, ProcessTimerEntity, UnitOfWork, UserTaskEntity } from '@ap/persistence';
import { ProcessRunner, RunFailure, RunResult, TaskSignal, Variables } from '@ap/workflow-engine';
import { DefinitionStore, DeployedDefinition } from '../deployment/definition-store';
import { FormRegistry } from '../forms/form-registry';
import { WorkflowHooks } from '../hooks/workflow-hooks';
import { Actor, RunScope, SYSTEM_ACTOR, WorkflowServices } from '../run-scope';
import { TaskCompletion } from './task-completion';

// TypeORM's partial-entity types cannot express jsonb columns of open shape; the values are plain JSON.
type JsonColumn = any;

type RunTrigger = TaskCompletion | { timer: ProcessTimerEntity } | { call: TaskSignal } | null;

/** A run of an instance: who or what caused it, when, and whether the instance is stored yet. */
interface RunContext {
  actor: Actor;
  now: Date;
  trigger: RunTrigger;
  /** A new instance is written once, when its first run has settled: no row to read back or update. */
  isNew: boolean;
}

class RunFailed extends Error {
  constructor(readonly failure: RunFailure) {
    super(failure.message);
  }
}

/**
 * Starts instances and moves them on when a task is completed. Each run recovers the stored state,
 * runs to the next wait and stores the new state in the caller's transaction; no engine stays in memory.
 */
@Injectable()
export class InstanceService {
  private readonly runner: ProcessRunner<RunScope>;

  constructor(
    private readonly db: Database,
    private readonly definitions: DefinitionStore,
    private readonly forms: FormRegistry,
    private readonly hooks: WorkflowHooks,
    private readonly clock: Clock,
    services: WorkflowServices,
  ) {
    this.runner = new ProcessRunner(services);
  }

  /**
   * Starts an instance of the latest version of `key` for a team (`unitId`: its variant where it has one,
   * see DefinitionStore.latest) inside the caller's transaction. If the first run fails, the instance is
   * stored as failed with the reason, and the caller's own data stays.
   */
  async start(
    uow: UnitOfWork,
    key: string,
    businessKey: string,
    variables: Variables,
    actor: Actor,
    unitId: string | null,
    parent: { instanceId: string; executionId: string } | null = null,
  ): Promise<ProcessInstanceEntity> {
    const definition = await this.definitions.latest(key, unitId, uow);
    const now = this.clock.now();
    const instance = uow.instances.create({
      id: randomUUID(),
      definitionId: definition.id,
      businessKey,
      status: 'waiting',
      state: null,
      variables,
      failure: null,
      doneElements: [],
      waitingElements: [],
      startedAt: now,
      updatedAt: now,
      endedAt: null,
      unitId,
      parentInstanceId: parent?.instanceId ?? null,
      parentExecutionId: parent?.executionId ?? null,
    });
    await this.run(uow, instance, definition, { actor, now, trigger: null, isNew: true });
    return instance;
  }

  /**
   * Completes a task: one transaction locks the instance, checks the task is still open, applies the
   * form's domain effect and runs the instance on. Of two simultaneous completions one wins; the other
   * finds the task completed and gets a conflict.
   */
  async completeTask(taskId: string, form: Record<string, unknown>, actor: Actor, roles: string[]): Promise<UserTaskEntity> {
    const outcome = await this.db.transaction((uow) => this.completeTaskWithin(uow, taskId, form, actor, roles));
    if (outcome.failure) {
      throw new DomainError('unprocessable', `Taak "${outcome.task.name}" kon niet worden afgerond: ${outcome.failure.message}`, outcome.failure);
    }
    return outcome.task;
  }

  /**
   * The same inside the caller's transaction, so that a task can be completed together with what opened
   * it (a report with its on-the-spot steps). A failed run is recorded on the instance and returned,
   * the task staying open.
   */
  async completeTaskWithin(uow: UnitOfWork, taskId: string, form: Record<string, unknown>, actor: Actor, roles: readonly string[]): Promise<{ task: UserTaskEntity; failure: RunFailure | null }> {
    const task = await uow.tasks.findOneBy({ id: taskId });
    if (!task) throw new DomainError('not-found', `Taak ${taskId} bestaat niet`);
    const instance = await uow.instances.findOne({ where: { id: task.instanceId }, lock: { mode: 'pessimistic_write' } });
    const current = await uow.tasks.findOne({ where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
    if (!instance || !current) throw new DomainError('not-found', `Taak ${taskId} bestaat niet`);
    if (current.status !== 'open') throw new DomainError('conflict', `Taak "${current.name}" is al ${current.status === 'completed' ? 'afgerond' : 'vervallen'}`);
    if (!current.candidateGroups.some((g) => roles.includes(g))) {
      throw new DomainError('forbidden', `Taak "${current.name}" is voor ${current.candidateGroups.join(', ')}`);
    }
    if (current.assigneeId && current.assigneeId !== actor.id) {
      throw new DomainError('conflict', `Taak "${current.name}" is aan iemand anders toegewezen`);
    }
    const definition = await this.definitions.get(instance.definitionId, uow);
    const now = this.clock.now();
    const signal: TaskSignal = { elementId: current.elementId, executionId: current.executionId, form };
    const failure = await this.run(uow, instance, definition, { actor, now, trigger: { task: current, form, signal }, isNew: false });
    return { task: current, failure };
  }

  /**
   * Fires the earliest due timer that no other service process is firing (SKIP LOCKED), in one
   * transaction with the run it causes: a timer fires once, whichever process gets it.
   * Returns false when nothing is due.
   */
  async fireNextDueTimer(): Promise<boolean> {
    const now = this.clock.now();
    return this.db.transaction(async (uow) => {
      // The timer and its instance are claimed together, or skipped while another run holds either:
      // a scheduler never waits on a lock while holding one, so schedulers cannot deadlock.
      const [due] = await uow.query<{ id: string }>(
        `SELECT t.id FROM process_timers t JOIN process_instances i ON i.id = t.instance_id
          WHERE t.status = 'scheduled' AND t.due_at <= $1
          ORDER BY t.due_at LIMIT 1 FOR UPDATE OF t, i SKIP LOCKED`,
        [now],
      );
      if (!due) return false;
      const timer = (await uow.timers.findOneBy({ id: due.id }))!;
      const instance = await uow.instances.findOneBy({ id: timer.instanceId });
      const definition = await this.definitions.get(instance!.definitionId, uow);
      timer.status = 'fired';
      timer.firedAt = now;
      await uow.timers.update(timer.id, { status: timer.status, firedAt: now });
      const failure = await this.run(uow, instance!, definition, { actor: SYSTEM_ACTOR, now, trigger: { timer }, isNew: false });
      if (failure) await uow.timers.update(timer.id, { status: 'failed', lastError: failure.message });
      return true;
    });
  }

  /** Runs a failed start again, after the data it missed has been supplied. */
  async retry(instanceId: string, actor: Actor): Promise<ProcessInstanceEntity> {
    const outcome = await this.db.transaction(async (uow) => {
      const instance = await uow.instances.findOne({ where: { id: instanceId }, lock: { mode: 'pessimistic_write' } });
      if (!instance) throw new DomainError('not-found', `Procesinstantie ${instanceId} bestaat niet`);
      if (instance.status !== 'failed') throw new DomainError('conflict', 'Alleen een mislukte start kan opnieuw worden uitgevoerd');
      const definition = await this.definitions.get(instance.definitionId, uow);
      const now = this.clock.now();
      const failure = await this.run(uow, instance, definition, { actor, now, trigger: null, isNew: false });
      if (!failure) await this.hooks.emit('instanceRetried', uow, instance, actor, now);
      return { instance, failure };
    });
    if (outcome.failure) throw new DomainError('unprocessable', `Het proces kon opnieuw niet verder: ${outcome.failure.message}`, outcome.failure);
    return outcome.instance;
  }

  /**
   * One run, undone as a whole if it fails: the failure is then recorded on the instance, which keeps
   * its last good state (the task stays open) so that it can be completed again once the cause is fixed.
   */
  private async run(uow: UnitOfWork, instance: ProcessInstanceEntity, definition: DeployedDefinition, context: RunContext): Promise<RunFailure | null> {
    const { actor, now, trigger } = context;
    try {
      await uow.savepoint(async () => {
        const scope: RunScope = { uow, instanceId: instance.id, businessKey: instance.businessKey, now, actor };
        let result: RunResult;
        if (trigger && 'call' in trigger) {
          result = await this.runner.resume(definition, instance.state, trigger.call, { scope, now });
        } else if (trigger && 'timer' in trigger) {
          await this.hooks.emit('timerFired', uow, trigger.timer, now);
          result = await this.runner.fireTimer(definition, instance.state, trigger.timer.executionId, { scope, now });
        } else if (trigger) {
          await this.recordCompletion(uow, trigger, actor, now);
          result = await this.runner.resume(definition, instance.state, trigger.signal, { scope, now });
        } else {
          result = await this.runner.start(definition, instance.variables, { scope, now });
        }
        if (result.status === 'failed') throw new RunFailed(result.failure ?? { elementId: null, message: 'onbekende fout' });
        await this.apply(uow, instance, result, context);
      });
      return null;
    } catch (err) {
      if (!(err instanceof RunFailed)) throw err;
      instance.failure = { ...err.failure, at: now.toISOString() };
      instance.status = instance.state ? 'waiting' : 'failed';
      instance.updatedAt = now;
      await this.store(uow, instance, context.isNew);
      await this.hooks.emit('instanceFailed', uow, instance.businessKey, err.failure, now);
      return err.failure;
    }
  }

  private async recordCompletion(uow: UnitOfWork, { task, form }: TaskCompletion, actor: Actor, now: Date): Promise<void> {
    const definition = task.formKey ? this.forms.get(task.formKey) : undefined;
    if (definition?.complete) await definition.complete(form, { uow, task, actor, now });
    Object.assign(task, { status: 'completed', completedAt: now, completedBy: actor.id, form });
    await uow.tasks.update(task.id, { status: task.status, completedAt: now, completedBy: actor.id, form: form as JsonColumn });
    await this.hooks.emit('taskCompleted', uow, task, actor, now);
  }

  /** Stores the run's outcome: the new state, the tasks it now waits on, those it no longer waits on. */
  private async apply(uow: UnitOfWork, instance: ProcessInstanceEntity, result: RunResult, { now, isNew }: RunContext): Promise<void> {
    instance.status = result.status === 'completed' ? 'completed' : 'waiting';
    instance.state = result.state;
    instance.variables = result.variables;
    instance.failure = null;
    instance.updatedAt = now;
    instance.endedAt = result.status === 'completed' ? now : null;
    instance.doneElements = [...new Set([...instance.doneElements, ...result.ended])];
    instance.waitingElements = [...new Set([...result.waits, ...result.calls, ...result.timers].map((w) => w.elementId))];
    await this.store(uow, instance, isNew);

    // A new instance has no tasks, timers or sub-processes yet.
    const open = isNew ? [] : await uow.tasks.findBy({ instanceId: instance.id, status: 'open' });
    const waiting = new Set(result.waits.map((w) => w.executionId));
    for (const task of open.filter((t) => !waiting.has(t.executionId))) await this.cancelTask(uow, task, now);
    const known = new Set(open.map((t) => t.executionId));
    for (const wait of result.waits.filter((w) => !known.has(w.executionId))) {
      const unknownGroups = wait.candidateGroups.filter((g) => !isRole(g));
      if (!wait.candidateGroups.length || unknownGroups.length) {
        throw new RunFailed({ elementId: wait.elementId, message: `taak "${wait.name}" heeft geen bekende rol: ${unknownGroups.join(', ') || 'geen rol opgegeven'}` });
      }
      // Only a holder of one of the task's roles can complete it, so any other assignee is a model error.
      const assignee = wait.assignee === null ? null : await uow.users.findOneBy({ username: wait.assignee, active: true });
      if (wait.assignee !== null && !assignee?.roles.some((r) => wait.candidateGroups.includes(r))) {
        const problem = assignee ? `${wait.assignee} heeft niet de rol ${wait.candidateGroups.join(' of ')}` : wait.assignee || 'geen gebruiker opgegeven';
        throw new RunFailed({ elementId: wait.elementId, message: `taak "${wait.name}" heeft geen bekende behandelaar: ${problem}` });
      }
      const task = await uow.tasks.save(
        uow.tasks.create({
          instanceId: instance.id,
          executionId: wait.executionId,
          elementId: wait.elementId,
          name: wait.name,
          candidateGroups: wait.candidateGroups,
          formKey: wait.formKey,
          input: wait.input,
          dueAt: wait.dueAt,
          status: 'open',
          assigneeId: assignee?.id ?? null,
          businessKey: instance.businessKey,
          processKey: await this.rootProcessKey(uow, instance),
          claimedAt: null,
          createdAt: now,
          completedAt: null,
          completedBy: null,
          form: null,
        }),
      );
      await this.hooks.emit('taskCreated', uow, task, now);
    }
    await this.syncTimers(uow, instance, result, now, isNew);
    if (result.status === 'completed') await this.hooks.emit('instanceCompleted', uow, instance, now);
    // Last, because a sub-process that finishes at once runs this instance on from its stored state.
    await this.syncCalls(uow, instance, result, now, isNew);
    if (result.status === 'completed' && instance.parentInstanceId) await this.returnToParent(uow, instance, now);
  }

  /**
   * Starts the sub-process of each new call activity (same business key; the caller's variables plus
   * the call's input parameters) and cancels those of calls the instance no longer waits on.
   */
  private async syncCalls(uow: UnitOfWork, instance: ProcessInstanceEntity, result: RunResult, now: Date, isNew: boolean): Promise<void> {
    const children = isNew ? [] : await uow.instances.find({ where: { parentInstanceId: instance.id }, select: { id: true, status: true, parentExecutionId: true } });
    const waiting = new Set(result.calls.map((c) => c.executionId));
    for (const child of children.filter((c) => c.status === 'waiting' && !waiting.has(c.parentExecutionId!))) {
      await this.cancel(uow, child, now);
    }
    const started = new Set(children.map((c) => c.parentExecutionId));
    for (const call of result.calls.filter((c) => !started.has(c.executionId))) {
      await this.start(uow, call.calledElement, instance.businessKey, { ...result.variables, ...call.input }, SYSTEM_ACTOR, instance.unitId, {
        instanceId: instance.id,
        executionId: call.executionId,
      });
    }
  }

  /** The process the case started with: the first instance of its business key that no call started. */
  private async rootProcessKey(uow: UnitOfWork, instance: ProcessInstanceEntity): Promise<string> {
    if (!instance.parentInstanceId) return (await this.definitions.get(instance.definitionId, uow)).key;
    const [root] = await uow.query<{ key: string }>(
      `SELECT d.key FROM process_instances i JOIN process_definitions d ON d.id = i.definition_id
        WHERE i.business_key = $1 AND i.parent_instance_id IS NULL ORDER BY i.started_at LIMIT 1`,
      [instance.businessKey],
    );
    return root?.key ?? (await this.definitions.get(instance.definitionId, uow)).key;
  }

  /** A finished sub-process hands its variables to the call activity that started it. */
  private async returnToParent(uow: UnitOfWork, child: ProcessInstanceEntity, now: Date): Promise<void> {
    const parent = await uow.instances.findOne({ where: { id: child.parentInstanceId! }, lock: { mode: 'pessimistic_write' } });
    if (!parent || parent.status !== 'waiting') return;
    const definition = await this.definitions.get(parent.definitionId, uow);
    const call: TaskSignal = { elementId: '', executionId: child.parentExecutionId!, form: child.variables };
    await this.run(uow, parent, definition, { actor: SYSTEM_ACTOR, now, trigger: { call }, isNew: false });
  }

  private async cancel(uow: UnitOfWork, instance: Pick<ProcessInstanceEntity, 'id'>, now: Date): Promise<void> {
    await uow.instances.update(instance.id, { status: 'cancelled', state: null as JsonColumn, waitingElements: [], endedAt: now, updatedAt: now });
    for (const task of await uow.tasks.findBy({ instanceId: instance.id, status: 'open' })) await this.cancelTask(uow, task, now);
    await uow.timers.update({ instanceId: instance.id, status: 'scheduled' }, { status: 'cancelled' });
    for (const child of await uow.instances.find({ where: { parentInstanceId: instance.id, status: 'waiting' }, select: { id: true } })) await this.cancel(uow, child, now);
  }

  private async cancelTask(uow: UnitOfWork, task: UserTaskEntity, now: Date): Promise<void> {
    Object.assign(task, { status: 'cancelled', completedAt: now });
    await uow.tasks.update(task.id, { status: 'cancelled', completedAt: now });
    await this.hooks.emit('taskCancelled', uow, task, now);
  }

  /**
   * Writes the instance's columns: an insert for a new instance, an update of the known columns for a
   * stored one (an entity save would first read the whole row, state included, back from the database).
   */
  private async store(uow: UnitOfWork, instance: ProcessInstanceEntity, isNew: boolean): Promise<void> {
    if (isNew) {
      await uow.instances.insert(instance as JsonColumn);
      return;
    }
    const { status, state, variables, failure, doneElements, waitingElements, updatedAt, endedAt } = instance;
    await uow.instances.update(instance.id, { status, state: state as JsonColumn, variables: variables as JsonColumn, failure, doneElements, waitingElements, updatedAt, endedAt });
  }

  /** Stores the timers the instance now waits on and cancels those it no longer waits on. */
  private async syncTimers(uow: UnitOfWork, instance: ProcessInstanceEntity, result: RunResult, now: Date, isNew: boolean): Promise<void> {
    const scheduled = isNew ? [] : await uow.timers.findBy({ instanceId: instance.id, status: 'scheduled' });
    const armed = new Set(result.timers.map((t) => t.executionId));
    const cancelled = scheduled.filter((t) => !armed.has(t.executionId));
    if (cancelled.length) await uow.timers.update(cancelled.map((t) => t.id), { status: 'cancelled' });
    const known = new Set(scheduled.map((t) => t.executionId));
    const added = result.timers.filter((t) => !known.has(t.executionId));
    if (added.length) {
      await uow.timers.insert(
        added.map((t) => ({
          instanceId: instance.id,
          executionId: t.executionId,
          elementId: t.elementId,
          name: t.name,
          businessKey: instance.businessKey,
          dueAt: t.dueAt,
          status: 'scheduled' as const,
          createdAt: now,
          firedAt: null,
          lastError: null,
        })),
      );
    }
  }
}
