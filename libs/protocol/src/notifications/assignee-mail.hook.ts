import { formatDutchDate, formatDutchTime } from '@ap/common';
import { UnitOfWork, UserTaskEntity } from '@ap/persistence';
import { WorkflowHook } from '@ap/workflow-runtime';
import { isHomeVisitKey } from '../home-visits/home-visit-key';
import { MailOutbox } from './mail/mail-outbox.service';

/**
 * A task the model assigns to one person (camunda:assignee) waits on that person alone, so they are told
 * by e-mail when SMTP is configured, as the holders of a role are told of a notification.
 */
export class AssigneeMailHook implements WorkflowHook {
  constructor(private readonly mail: MailOutbox) {}

  async taskCreated(uow: UnitOfWork, task: UserTaskEntity, now: Date): Promise<void> {
    if (!task.assigneeId || !this.mail.enabled) return;
    const user = await uow.users.findOneBy({ id: task.assigneeId, active: true });
    if (!user?.email) return;
    const due = task.dueAt ? `\nGraag uiterlijk ${formatDutchDate(task.dueAt)} om ${formatDutchTime(task.dueAt)} uur.` : '';
    const body = `Er staat een taak voor u klaar in het Agressieprotocol, onder Taken:\n\n${task.name}${due}`;
    // A home visit is not an incident: its mail is not filed with one.
    const incidentId = isHomeVisitKey(task.businessKey) ? null : task.businessKey;
    await this.mail.enqueue(uow, [{ recipient: user.email, subject: `Taak voor u: ${task.name}`, body, incidentId }], now);
  }
}
