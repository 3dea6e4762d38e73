import { ProcessInstanceEntity, ProcessTimerEntity, UserTaskEntity, UnitOfWork } from '@ap/persistence';
import { Actor } from '../run-scope';

/** What the runtime reports as it goes, so a domain can keep its own record (an incident's timeline). */
export interface WorkflowHook {
  taskCreated?(uow: UnitOfWork, task: UserTaskEntity, now: Date): Promise<void>;
  taskCompleted?(uow: UnitOfWork, task: UserTaskEntity, actor: Actor, now: Date): Promise<void>;
  taskCancelled?(uow: UnitOfWork, task: UserTaskEntity, now: Date): Promise<void>;
  timerFired?(uow: UnitOfWork, timer: ProcessTimerEntity, now: Date): Promise<void>;
  instanceFailed?(uow: UnitOfWork, businessKey: string, failure: { elementId: string | null; message: string }, now: Date): Promise<void>;
  instanceCompleted?(uow: UnitOfWork, instance: ProcessInstanceEntity, now: Date): Promise<void>;
  /** A failed start ran again and got going: its first tasks are open now. */
  instanceRetried?(uow: UnitOfWork, instance: ProcessInstanceEntity, actor: Actor, now: Date): Promise<void>;
}

export class WorkflowHooks {
  private readonly hooks: WorkflowHook[] = [];

  add(hook: WorkflowHook): void {
    this.hooks.push(hook);
  }

  async emit<K extends keyof WorkflowHook>(event: K, ...args: Parameters<NonNullable<WorkflowHook[K]>>): Promise<void> {
    for (const hook of this.hooks) {
      const fn = hook[event] as ((...a: unknown[]) => Promise<void>) | undefined;
      if (fn) await fn.apply(hook, args);
    }
  }
}
