import { UnitOfWork, UserTaskEntity } from '@ap/persistence';
import { WorkflowHook } from '@ap/workflow-runtime';
import { isHomeVisitKey } from '../home-visits/home-visit-key';
import { MailOutbox } from './mail/mail-outbox.service';

/**
 * A task a step of the model closed with a message (tasks.close-open) is no longer worked on: whoever held
 * it, the user the model assigned it to or who claimed it, gets the message in the app and, with SMTP, by e-mail.
 */
export class ClosedTaskHook implements WorkflowHook {
  constructor(private readonly mail: MailOutbox) {}

  async taskCancelled(uow: UnitOfWork, task: UserTaskEntity, now: Date): Promise<void> {
    if (!task.closeMessage || !task.assigneeId) return;
    const subject = `Taak vervallen: ${task.name}`;
    // A home visit is not an incident: its message is not filed with one.
    const incidentId = isHomeVisitKey(task.businessKey) ? null : task.businessKey;
    await uow.notifications.save(uow.notifications.create({ role: null, userId: task.assigneeId, incidentId, subject, body: task.closeMessage, createdAt: now }));
    const user = this.mail.enabled ? await uow.users.findOneBy({ id: task.assigneeId, active: true }) : null;
    if (!user?.email) return;
    const body = `${task.closeMessage}\n\nDe taak "${task.name}" is daarom vervallen. Dit bericht staat ook in het Agressieprotocol onder Berichten.`;
    await this.mail.enqueue(uow, [{ recipient: user.email, subject, body, incidentId }], now);
  }
}
