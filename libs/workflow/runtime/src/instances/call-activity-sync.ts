import { Injectable } from '@nestjs/common';
import { ProcessInstanceEntity, UnitOfWork } from '@ap/persistence';
import { RunFailure, RunResult, Variables } from '@ap/workflow-engine';
import { DefinitionStore, DeployedDefinition } from '../deployment/definition-store';
import { Actor, SYSTEM_ACTOR } from '../run-scope';
import { TaskSync } from '../tasks/task-sync';
import { TimerSync } from '../timers/timer-sync';
import { RunContext } from './run-trigger';

// TypeORM's partial-entity types cannot express jsonb columns of open shape; the values are plain JSON.
type JsonColumn = any;

/** The call activity that started a sub-process: its instance and the execution waiting on the call. */
export interface CallingExecution {
  instanceId: string;
  executionId: string;
}

/** What synchronising calls needs of the runner: starting a sub-process, running a caller on. */
export interface InstanceRuns {
  start(uow: UnitOfWork, key: string, businessKey: string, variables: Variables, actor: Actor, unitId: string | null, parent: CallingExecution | null): Promise<ProcessInstanceEntity>;
  run(uow: UnitOfWork, instance: ProcessInstanceEntity, definition: DeployedDefinition, context: RunContext): Promise<RunFailure | null>;
}

/**
 * Keeps sub-processes in step with their callers: one sub-process per call activity the caller waits on
 * (a call's execution id names it, so a recovered caller does not start a second), cancelled with its
 * tasks, timers and own sub-processes when the caller no longer waits on it; and a finished sub-process
 * runs its caller on.
 */
@Injectable()
export class CallActivitySync {
  constructor(
    private readonly definitions: DefinitionStore,
    private readonly tasks: TaskSync,
    private readonly timers: TimerSync,
  ) {}

  /** Starts the sub-process of each new call (same business key; the caller's variables plus the call's input). */
  async sync(uow: UnitOfWork, instance: ProcessInstanceEntity, result: RunResult, now: Date, isNew: boolean, runs: InstanceRuns): Promise<void> {
    // A new instance has no sub-processes yet.
    const children = isNew ? [] : await uow.instances.find({ where: { parentInstanceId: instance.id }, select: { id: true, status: true, parentExecutionId: true } });
    const waiting = new Set(result.calls.map((c) => c.executionId));
    for (const child of children.filter((c) => c.status === 'waiting' && !waiting.has(c.parentExecutionId!))) {
      await this.cancel(uow, child.id, now);
    }
    const started = new Set(children.map((c) => c.parentExecutionId));
    for (const call of result.calls.filter((c) => !started.has(c.executionId))) {
      await runs.start(uow, call.calledElement, instance.businessKey, { ...result.variables, ...call.input }, SYSTEM_ACTOR, instance.unitId, {
        instanceId: instance.id,
        executionId: call.executionId,
      });
    }
  }

  /** A finished sub-process hands its variables to the call activity that started it. */
  async returnToParent(uow: UnitOfWork, child: ProcessInstanceEntity, now: Date, runs: InstanceRuns): Promise<void> {
    const parent = await uow.instances.findOne({ where: { id: child.parentInstanceId! }, lock: { mode: 'pessimistic_write' } });
    if (!parent || parent.status !== 'waiting') return;
    const definition = await this.definitions.get(parent.definitionId, uow);
    const signal = { elementId: '', executionId: child.parentExecutionId!, form: child.variables };
    await runs.run(uow, parent, definition, { trigger: { kind: 'call-returned', signal }, actor: SYSTEM_ACTOR, now });
  }

  private async cancel(uow: UnitOfWork, instanceId: string, now: Date): Promise<void> {
    await uow.instances.update(instanceId, { status: 'cancelled', state: null as JsonColumn, waitingElements: [], endedAt: now, updatedAt: now });
    await this.tasks.cancelOpen(uow, instanceId, now);
    await this.timers.cancelScheduled(uow, instanceId);
    for (const child of await uow.instances.find({ where: { parentInstanceId: instanceId, status: 'waiting' }, select: { id: true } })) await this.cancel(uow, child.id, now);
  }
}
