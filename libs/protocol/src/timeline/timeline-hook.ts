import { ROLES, isRole } from '@ap/common';
import { ProcessInstanceEntity, ProcessTimerEntity, UnitOfWork, UserTaskEntity } from '@ap/persistence';
import { Actor, SYSTEM_ACTOR, WorkflowHook } from '@ap/workflow-runtime';
import { isHomeVisitKey } from '../home-visits/home-visit-key';
import { TimelineService } from './timeline.service';

const groupNames = (groups: string[]) => groups.map((g) => (isRole(g) ? ROLES[g] : g)).join(' / ');

/** Puts the process's steps on the incident's timeline (the instance's business key is the incident id). */
export class TimelineHook implements WorkflowHook {
  constructor(private readonly timeline: TimelineService) {}

  // A home visit's safety process is not an incident; its record is its tasks.
  private async record(uow: UnitOfWork, businessKey: string, ...event: Parameters<TimelineService['record']> extends [any, any, ...infer Rest] ? Rest : never) {
    if (!isHomeVisitKey(businessKey)) await this.timeline.record(uow, businessKey, ...event);
  }

  async taskCreated(uow: UnitOfWork, task: UserTaskEntity, now: Date) {
    await this.record(uow, task.businessKey, now, SYSTEM_ACTOR, 'task-created', `Taak "${task.name}" klaargezet voor ${groupNames(task.candidateGroups)}`, {
      taskId: task.id,
      dueAt: task.dueAt,
    });
  }

  async taskCompleted(uow: UnitOfWork, task: UserTaskEntity, actor: Actor, now: Date) {
    await this.record(uow, task.businessKey, now, actor, 'task-completed', `Taak "${task.name}" afgerond`, { taskId: task.id, form: task.form });
  }

  async taskCancelled(uow: UnitOfWork, task: UserTaskEntity, now: Date) {
    await this.record(uow, task.businessKey, now, SYSTEM_ACTOR, 'task-cancelled', `Taak "${task.name}" vervallen`, { taskId: task.id });
  }

  async timerFired(uow: UnitOfWork, timer: ProcessTimerEntity, now: Date) {
    await this.record(uow, timer.businessKey, now, SYSTEM_ACTOR, 'timer-fired', `Termijn verstreken: ${timer.name}`, { timerId: timer.id, dueAt: timer.dueAt });
  }

  async instanceFailed(uow: UnitOfWork, businessKey: string, failure: { elementId: string | null; message: string }, now: Date) {
    await this.record(uow, businessKey, now, SYSTEM_ACTOR, 'process-failed', `Processtap mislukt: ${failure.message}`, failure);
  }

  async instanceCompleted(uow: UnitOfWork, instance: ProcessInstanceEntity, now: Date) {
    const sub = !!instance.parentInstanceId;
    await this.record(uow, instance.businessKey, now, SYSTEM_ACTOR, sub ? 'subprocess-completed' : 'process-completed', sub ? 'Deelproces afgerond' : 'Protocol afgerond', {
      instanceId: instance.id,
    });
  }
}
