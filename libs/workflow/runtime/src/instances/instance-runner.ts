import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@ap/common';
import { ProcessInstanceEntity, UnitOfWork } from '@ap/persistence';
import { ProcessRunner, RunFailure, RunResult, Variables } from '@ap/workflow-engine';
import { DefinitionStore, DeployedDefinition } from '../deployment/definition-store';
import { WorkflowHooks } from '../hooks/workflow-hooks';
import { Actor, RunScope, WorkflowServices } from '../run-scope';
import { TaskSync } from '../tasks/task-sync';
import { TimerSync } from '../timers/timer-sync';
import { CallActivitySync, CallingExecution, InstanceRuns } from './call-activity-sync';
import { RunFailed } from './run-failed';
import { isNewInstance, RunContext } from './run-trigger';

// TypeORM's partial-entity types cannot express jsonb columns of open shape; the values are plain JSON.
type JsonColumn = any;

/** The instance's columns a run changes. */
const STORED_BY_RUN = ['status', 'state', 'variables', 'failure', 'doneElements', 'waitingElements', 'updatedAt', 'endedAt'] as const;

const pick = <T, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> => Object.fromEntries(keys.map((k) => [k, value[k]])) as Pick<T, K>;

/**
 * Runs an instance from its stored state to its next wait and stores the outcome, all in the caller's
 * transaction; no engine stays in memory between runs. What the run now waits on (tasks, timers,
 * sub-processes) is kept in step by TaskSync, TimerSync and CallActivitySync.
 */
@Injectable()
export class InstanceRunner implements InstanceRuns {
  private readonly engine: ProcessRunner<RunScope>;

  constructor(
    private readonly clock: Clock,
    private readonly definitions: DefinitionStore,
    private readonly hooks: WorkflowHooks,
    private readonly tasks: TaskSync,
    private readonly timers: TimerSync,
    private readonly calls: CallActivitySync,
    services: WorkflowServices,
  ) {
    this.engine = new ProcessRunner(services);
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
    parent: CallingExecution | null = null,
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
    await this.run(uow, instance, definition, { trigger: { kind: 'start' }, actor, now });
    return instance;
  }

  /**
   * One run, undone as a whole if it fails: the failure is then recorded on the instance, which keeps
   * its last good state (a completed task stays open) so that it can run again once the cause is fixed.
   */
  async run(uow: UnitOfWork, instance: ProcessInstanceEntity, definition: DeployedDefinition, context: RunContext): Promise<RunFailure | null> {
    const { now } = context;
    const isNew = isNewInstance(context.trigger);
    const lastGood = pick(instance, STORED_BY_RUN);
    try {
      await uow.savepoint(async () => {
        const result = await this.runEngine(uow, instance, definition, context);
        if (result.status === 'failed') throw new RunFailed(result.failure ?? { elementId: null, message: 'onbekende fout' });
        await this.apply(uow, instance, result, now, isNew);
      });
      return null;
    } catch (err) {
      if (!(err instanceof RunFailed)) throw err;
      // The savepoint undid the run's rows; the instance, which apply may already have moved on, goes back too.
      Object.assign(instance, lastGood);
      instance.failure = { ...err.failure, at: now.toISOString() };
      instance.status = instance.state ? 'waiting' : 'failed';
      instance.updatedAt = now;
      await this.store(uow, instance, isNew);
      await this.hooks.emit('instanceFailed', uow, instance.businessKey, err.failure, now);
      return err.failure;
    }
  }

  private async runEngine(uow: UnitOfWork, instance: ProcessInstanceEntity, definition: DeployedDefinition, { trigger, actor, now }: RunContext): Promise<RunResult> {
    const options = { scope: { uow, instanceId: instance.id, businessKey: instance.businessKey, now, actor }, now };
    switch (trigger.kind) {
      case 'start':
      case 'retry':
        return this.engine.start(definition, instance.variables, options);
      case 'task':
        await this.tasks.complete(uow, trigger.completion, actor, now);
        return this.engine.resume(definition, instance.state, trigger.completion.signal, options);
      case 'timer':
        await this.hooks.emit('timerFired', uow, trigger.timer, now);
        return this.engine.fireTimer(definition, instance.state, trigger.timer.executionId, options);
      case 'call-returned':
        return this.engine.resume(definition, instance.state, trigger.signal, options);
    }
  }

  /** Stores the run's outcome: the new state, and the tasks, timers and sub-processes it now waits on. */
  private async apply(uow: UnitOfWork, instance: ProcessInstanceEntity, result: RunResult, now: Date, isNew: boolean): Promise<void> {
    instance.status = result.status === 'completed' ? 'completed' : 'waiting';
    instance.state = result.state;
    instance.variables = result.variables;
    instance.failure = null;
    instance.updatedAt = now;
    instance.endedAt = result.status === 'completed' ? now : null;
    instance.doneElements = [...new Set([...instance.doneElements, ...result.ended])];
    instance.waitingElements = [...new Set([...result.waits, ...result.calls, ...result.timers].map((w) => w.elementId))];
    await this.store(uow, instance, isNew);
    await this.tasks.sync(uow, instance, result.waits, now, isNew);
    await this.timers.sync(uow, instance, result.timers, now, isNew);
    if (result.status === 'completed') await this.hooks.emit('instanceCompleted', uow, instance, now);
    // Last, because a sub-process that finishes at once runs this instance on from its stored state.
    await this.calls.sync(uow, instance, result, now, isNew, this);
    if (result.status === 'completed' && instance.parentInstanceId) await this.calls.returnToParent(uow, instance, now, this);
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
    await uow.instances.update(instance.id, pick(instance, STORED_BY_RUN) as JsonColumn);
  }
}
