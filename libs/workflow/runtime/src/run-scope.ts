import { UnitOfWork } from '@ap/persistence';
import { ServiceTaskHandler, ServiceTaskRegistry } from '@ap/workflow-engine';

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

/** The registry the domains fill with their service-task handlers. */
export class WorkflowServices extends ServiceTaskRegistry<RunScope> {}
