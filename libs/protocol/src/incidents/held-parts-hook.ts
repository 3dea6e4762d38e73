import { ProcessInstanceEntity, UnitOfWork } from '@ap/persistence';
import { Actor, WorkflowHook } from '@ap/workflow-runtime';
import { IncidentsService } from './incidents.service';

/** Once a failed start runs again, the parts its reporter filled in complete the tasks that opened. */
export class HeldPartsHook implements WorkflowHook {
  constructor(private readonly incidents: IncidentsService) {}

  async instanceRetried(uow: UnitOfWork, instance: ProcessInstanceEntity, _actor: Actor, now: Date) {
    await this.incidents.completeHeldParts(uow, instance.businessKey, now);
  }
}
