import { UnitOfWork } from '@ap/persistence';
import { ServiceTaskContext, ServiceTaskHandler, ServiceTaskRegistry } from '@ap/workflow-engine';

/** Who caused a change: a signed-in user, or the system itself (service tasks, timers). */
export interface Actor {
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'systeem' };

/** What every service-task handler gets from the runtime: the run's transaction and instance. */
export interface RunScope {
  uow: UnitOfWork;
  instanceId: string;
  businessKey: string;
  now: Date;
  actor: Actor;
}

export type WorkflowServiceHandler = ServiceTaskHandler<RunScope>;

/** What a @ServiceTopic method gets besides its inputs. */
export type WorkflowServiceContext = ServiceTaskContext<RunScope>;

/** A service task's inputs, checked against its declaration before the handler runs. */
export type ServiceInput = Record<string, unknown>;

/** The registry the domains fill with their service-task handlers. */
export class WorkflowServices extends ServiceTaskRegistry<RunScope> {}
