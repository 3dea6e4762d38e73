import { Injectable } from '@nestjs/common';
import { Clock, DomainError, isRole } from '@ap/common';
import { Database, ProcessInstanceEntity, ProcessTimerEntity, UnitOfWork, UserTaskEntity } from '@ap/persistence';
import { ProcessRunner, RunFailure, RunResult, TaskSignal, Variables } from '@ap/workflow-engine';
import { DefinitionStore, DeployedDefinition } from '../deployment/definition-store';
import { FormRegistry } from '../forms/form-registry';
import { WorkflowHooks } from '../hooks/workflow-hooks';
import { Actor, RunScope, SYSTEM_ACTOR, WorkflowServices } from '../run-scope';
import { TaskCompletion } from './task-completion';

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
   * Starts an instance of the latest version of `key` inside the caller's transaction. If the first run
   * fails, the instance is stored as failed with the reason, and the caller's own data stays.
   */
  async start(
    uow: UnitOfWork,
    key: string,
    businessKey: string,
    variables: Variables,
    actor: Actor,
    parent: { instanceId: string; executionId: string } | null = null,
  ): Promise<ProcessInstanceEntity> {
    const definition = await this.definitions.latest(key);
    const now = this.clock.now();
    const instance = await uow.instances.save(
      uow.instances.create({
        definitionId: definition.id,
        businessKey,
        status: 'waiting',
        state: null,
        variables,
        failure: null,
        startedAt: now,
        updatedAt: now,
        endedAt: null,
        parentInstanceId: parent?.instanceId ?? null,
        parentExecutionId: parent?.executionId ?? null,
      }),
    );
    await this.run(uow, instance, definition, actor, now, null);
    return instance;
  }

  /**
   * Completes a task: one transaction locks the instance, checks the task is still open, applies the
   * form's domain effect and runs the instance on. Of two simultaneous completions one wins; the other
   * finds the task completed and gets a conflict.
   */
  async completeTask(taskId: string, form: Record<string, unknown>, actor: Actor, roles: string[]): Promise<UserTaskEntity> {
    const outcome = await this.db.transaction(async (uow) => {
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
        throw new DomainError('conflict', `Taak "${current.name}" is door iemand anders opgepakt`);
      }
      const definition = await this.definitions.get(instance.definitionId, uow);
      const now = this.clock.now();
      const signal: TaskSignal = { elementId: current.elementId, executionId: current.executionId, form };
      const failure = await this.run(uow, instance, definition, actor, now, { task: current, form, signal });
      return { task: current, failure };
    });
    if (outcome.failure) {
      throw new DomainError('unprocessable', `Taak "${outcome.task.name}" kon niet worden afgerond: ${outcome.failure.message}`, outcome.failure);
    }
    return outcome.task;
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
      await uow.timers.save(timer);
      const failure = await this.run(uow, instance!, definition, SYSTEM_ACTOR, now, { timer });
      if (failure) {
        timer.status = 'failed';
        timer.lastError = failure.message;
        await uow.timers.save(timer);
      }
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
      const failure = await this.run(uow, instance, definition, actor, this.clock.now(), null);
      return { instance, failure };
    });
    if (outcome.failure) throw new DomainError('unprocessable', `Het proces kon opnieuw niet verder: ${outcome.failure.message}`, outcome.failure);
    return outcome.instance;
  }

  /**
   * One run, undone as a whole if it fails: the failure is then recorded on the instance, which keeps
   * its last good state (the task stays open) so that it can be completed again once the cause is fixed.
   */
  private async run(
    uow: UnitOfWork,
    instance: ProcessInstanceEntity,
    definition: DeployedDefinition,
    actor: Actor,
    now: Date,
    trigger: TaskCompletion | { timer: ProcessTimerEntity } | { call: TaskSignal } | null,
  ): Promise<RunFailure | null> {
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
        await this.apply(uow, instance, result, now);
      });
      return null;
    } catch (err) {
      if (!(err instanceof RunFailed)) throw err;
      instance.failure = { ...err.failure, at: now.toISOString() };
      instance.status = instance.state ? 'waiting' : 'failed';
      instance.updatedAt = now;
      await uow.instances.save(instance);
      await this.hooks.emit('instanceFailed', uow, instance.businessKey, err.failure, now);
      return err.failure;
    }
  }

  private async recordCompletion(uow: UnitOfWork, { task, form }: TaskCompletion, actor: Actor, now: Date): Promise<void> {
    const definition = task.formKey ? this.forms.get(task.formKey) : undefined;
    if (definition?.complete) await definition.complete(form, { uow, task, actor, now });
    task.status = 'completed';
    task.completedAt = now;
    task.completedBy = actor.id;
    task.form = form;
    await uow.tasks.save(task);
    await this.hooks.emit('taskCompleted', uow, task, actor, now);
  }

  /** Stores the run's outcome: the new state, the tasks it now waits on, those it no longer waits on. */
  private async apply(uow: UnitOfWork, instance: ProcessInstanceEntity, result: RunResult, now: Date): Promise<void> {
    instance.status = result.status === 'completed' ? 'completed' : 'waiting';
    instance.state = result.state;
    instance.variables = result.variables;
    instance.failure = null;
    instance.updatedAt = now;
    instance.endedAt = result.status === 'completed' ? now : null;
    await uow.instances.save(instance);

    const open = await uow.tasks.findBy({ instanceId: instance.id, status: 'open' });
    const waiting = new Set(result.waits.map((w) => w.executionId));
    for (const task of open.filter((t) => !waiting.has(t.executionId))) {
      task.status = 'cancelled';
      task.completedAt = now;
      await uow.tasks.save(task);
      await this.hooks.emit('taskCancelled', uow, task, now);
    }
    const known = new Set(open.map((t) => t.executionId));
    for (const wait of result.waits.filter((w) => !known.has(w.executionId))) {
      const unknownGroups = wait.candidateGroups.filter((g) => !isRole(g));
      if (!wait.candidateGroups.length || unknownGroups.length) {
        throw new RunFailed({ elementId: wait.elementId, message: `taak "${wait.name}" heeft geen bekende rol: ${unknownGroups.join(', ') || 'geen rol opgegeven'}` });
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
          assigneeId: null,
          businessKey: instance.businessKey,
          createdAt: now,
          completedAt: null,
          completedBy: null,
          form: null,
        }),
      );
      await this.hooks.emit('taskCreated', uow, task, now);
    }
    await this.syncTimers(uow, instance, result, now);
    if (result.status === 'completed') await this.hooks.emit('instanceCompleted', uow, instance, now);
    // Last, because a sub-process that finishes at once runs this instance on from its stored state.
    await this.syncCalls(uow, instance, result, now);
    if (result.status === 'completed' && instance.parentInstanceId) await this.returnToParent(uow, instance, now);
  }

  /**
   * Starts the sub-process of each new call activity (same business key; the caller's variables plus
   * the call's input parameters) and cancels those of calls the instance no longer waits on.
   */
  private async syncCalls(uow: UnitOfWork, instance: ProcessInstanceEntity, result: RunResult, now: Date): Promise<void> {
    const children = await uow.instances.findBy({ parentInstanceId: instance.id });
    const waiting = new Set(result.calls.map((c) => c.executionId));
    for (const child of children.filter((c) => c.status === 'waiting' && !waiting.has(c.parentExecutionId!))) {
      await this.cancel(uow, child, now);
    }
    const started = new Set(children.map((c) => c.parentExecutionId));
    for (const call of result.calls.filter((c) => !started.has(c.executionId))) {
      await this.start(uow, call.calledElement, instance.businessKey, { ...result.variables, ...call.input }, SYSTEM_ACTOR, {
        instanceId: instance.id,
        executionId: call.executionId,
      });
    }
  }

  /** A finished sub-process hands its variables to the call activity that started it. */
  private async returnToParent(uow: UnitOfWork, child: ProcessInstanceEntity, now: Date): Promise<void> {
    const parent = await uow.instances.findOne({ where: { id: child.parentInstanceId! }, lock: { mode: 'pessimistic_write' } });
    if (!parent || parent.status !== 'waiting') return;
    const definition = await this.definitions.get(parent.definitionId, uow);
    const call: TaskSignal = { elementId: '', executionId: child.parentExecutionId!, form: child.variables };
    await this.run(uow, parent, definition, SYSTEM_ACTOR, now, { call });
  }

  private async cancel(uow: UnitOfWork, instance: ProcessInstanceEntity, now: Date): Promise<void> {
    instance.status = 'cancelled';
    instance.state = null;
    instance.endedAt = now;
    instance.updatedAt = now;
    await uow.instances.save(instance);
    for (const task of await uow.tasks.findBy({ instanceId: instance.id, status: 'open' })) {
      task.status = 'cancelled';
      task.completedAt = now;
      await uow.tasks.save(task);
      await this.hooks.emit('taskCancelled', uow, task, now);
    }
    await uow.timers.update({ instanceId: instance.id, status: 'scheduled' }, { status: 'cancelled' });
    for (const child of await uow.instances.findBy({ parentInstanceId: instance.id, status: 'waiting' })) await this.cancel(uow, child, now);
  }

  /** Stores the timers the instance now waits on and cancels those it no longer waits on. */
  private async syncTimers(uow: UnitOfWork, instance: ProcessInstanceEntity, result: RunResult, now: Date): Promise<void> {
    const scheduled = await uow.timers.findBy({ instanceId: instance.id, status: 'scheduled' });
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
