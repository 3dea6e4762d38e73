import { Injectable } from '@nestjs/common';
import { ProcessInstanceEntity, UnitOfWork, UserTaskEntity } from '@ap/persistence';
import { WaitingUserTask } from '@ap/workflow-engine';
import { DefinitionStore } from '../deployment/definition-store';
import { FormRegistry } from '../forms/form-registry';
import { WorkflowHooks } from '../hooks/workflow-hooks';
import { TaskCompletion } from '../instances/run-trigger';
import { Actor } from '../run-scope';
import { taskAssignment } from './task-assignment';

// TypeORM's partial-entity types cannot express jsonb columns of open shape; the values are plain JSON.
type JsonColumn = any;

/**
 * Keeps the task rows in step with the engine: a task for each user task the instance newly waits on,
 * cancelled when it no longer waits there, completed when a person completes it. A task's execution id
 * is unique, so a wait seen again after recovery is the task already stored, never a second one.
 */
@Injectable()
export class TaskSync {
  constructor(
    private readonly definitions: DefinitionStore,
    private readonly forms: FormRegistry,
    private readonly hooks: WorkflowHooks,
  ) {}

  /** Opens the tasks of `waits` not yet stored and cancels the open tasks no longer among them. */
  async sync(uow: UnitOfWork, instance: ProcessInstanceEntity, waits: WaitingUserTask[], now: Date, isNew: boolean): Promise<void> {
    // A new instance has no tasks yet.
    const open = isNew ? [] : await uow.tasks.findBy({ instanceId: instance.id, status: 'open' });
    const waiting = new Set(waits.map((w) => w.executionId));
    for (const task of open.filter((t) => !waiting.has(t.executionId))) await this.cancel(uow, task, now);
    const known = new Set(open.map((t) => t.executionId));
    const added = waits.filter((w) => !known.has(w.executionId));
    if (!added.length) return;
    const processKey = await this.rootProcessKey(uow, instance);
    for (const wait of added) {
      const assigneeId = await taskAssignment(uow, wait);
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
          assigneeId,
          businessKey: instance.businessKey,
          processKey,
          claimedAt: null,
          createdAt: now,
          completedAt: null,
          completedBy: null,
          form: null,
          closeMessage: null,
        }),
      );
      await this.hooks.emit('taskCreated', uow, task, now);
    }
  }

  /** Records a completion: the form's domain effect, then the task as completed by `actor`. */
  async complete(uow: UnitOfWork, { task, form }: TaskCompletion, actor: Actor, now: Date): Promise<void> {
    const definition = task.formKey ? this.forms.get(task.formKey) : undefined;
    if (definition?.complete) await definition.complete(form, { uow, task, actor, now });
    Object.assign(task, { status: 'completed', completedAt: now, completedBy: actor.id, form });
    await uow.tasks.update(task.id, { status: task.status, completedAt: now, completedBy: actor.id, form: form as JsonColumn });
    await this.hooks.emit('taskCompleted', uow, task, actor, now);
  }

  /** Cancels every open task of an instance that ends before its tasks are done. */
  async cancelOpen(uow: UnitOfWork, instanceId: string, now: Date): Promise<void> {
    for (const task of await uow.tasks.findBy({ instanceId, status: 'open' })) await this.cancel(uow, task, now);
  }

  /**
   * Closes every open task of an instance with a message saying why, for a step of the model that makes
   * them pointless (an employee checked in while a colleague looked for them). Returns the tasks closed.
   */
  async closeOpen(uow: UnitOfWork, instanceId: string, message: string, now: Date): Promise<UserTaskEntity[]> {
    const open = await uow.tasks.findBy({ instanceId, status: 'open' });
    for (const task of open) await this.cancel(uow, task, now, message);
    return open;
  }

  private async cancel(uow: UnitOfWork, task: UserTaskEntity, now: Date, closeMessage: string | null = null): Promise<void> {
    Object.assign(task, { status: 'cancelled', completedAt: now, closeMessage });
    await uow.tasks.update(task.id, { status: 'cancelled', completedAt: now, closeMessage });
    await this.hooks.emit('taskCancelled', uow, task, now);
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
}
