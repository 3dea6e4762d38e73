import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@ap/common';
import { Database, UnitOfWork, UserTaskEntity } from '@ap/persistence';
import { RunFailure } from '@ap/workflow-engine';
import { DefinitionStore } from '../deployment/definition-store';
import { InstanceRunner } from '../instances/instance-runner';
import { Actor } from '../run-scope';
import { assertMayComplete } from './completion-permission';

/** Completing a task: who may, and the run it causes. */
@Injectable()
export class TaskCompletions {
  constructor(
    private readonly db: Database,
    private readonly definitions: DefinitionStore,
    private readonly runner: InstanceRunner,
    private readonly clock: Clock,
  ) {}

  /**
   * Completes a task: one transaction locks the instance, checks the task is still open and the actor
   * may complete it, applies the form's domain effect and runs the instance on. Of two simultaneous
   * completions one wins; the other finds the task completed and gets a conflict.
   */
  async complete(taskId: string, form: Record<string, unknown>, actor: Actor, roles: readonly string[]): Promise<UserTaskEntity> {
    const outcome = await this.db.transaction((uow) => this.completeWithin(uow, taskId, form, actor, roles));
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
  async completeWithin(uow: UnitOfWork, taskId: string, form: Record<string, unknown>, actor: Actor, roles: readonly string[]): Promise<{ task: UserTaskEntity; failure: RunFailure | null }> {
    const task = await uow.tasks.findOneBy({ id: taskId });
    if (!task) throw new DomainError('not-found', `Taak ${taskId} bestaat niet`);
    // The instance first, as every run locks it: the task is then read as the last run left it.
    const instance = await uow.instances.findOne({ where: { id: task.instanceId }, lock: { mode: 'pessimistic_write' } });
    const current = await uow.tasks.findOne({ where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
    if (!instance || !current) throw new DomainError('not-found', `Taak ${taskId} bestaat niet`);
    assertMayComplete(current, actor, roles);
    const definition = await this.definitions.get(instance.definitionId, uow);
    const signal = { elementId: current.elementId, executionId: current.executionId, form };
    const failure = await this.runner.run(uow, instance, definition, { trigger: { kind: 'task', completion: { task: current, form, signal } }, actor, now: this.clock.now() });
    return { task: current, failure };
  }
}
