import { Injectable } from '@nestjs/common';
import { ServiceInput, ServiceTopic, WorkflowServiceContext } from '@ap/workflow-runtime';
import { SEND_NOTIFICATION } from './notification.topics';
import { listInput, textInput } from '../model-input';
import { TimelineService } from '../timeline/timeline.service';
import { MailOutbox } from './mail/mail-outbox.service';

/**
 * `notifications.send` (roles, subject, message): an in-app message to everyone holding each role and,
 * when SMTP is configured, an e-mail to each active user with one of the roles and an address.
 */
@Injectable()
export class NotificationTasks {
  constructor(
    private readonly timeline: TimelineService,
    private readonly mail: MailOutbox,
  ) {}

  @ServiceTopic(SEND_NOTIFICATION)
  async send(input: ServiceInput, { scope }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    const roles = listInput(input, 'roles');
    const subject = textInput(input, 'subject');
    const body = textInput(input, 'message');
    const { uow, now, actor, businessKey } = scope;
    for (const role of roles) {
      await uow.notifications.save(uow.notifications.create({ role, incidentId: businessKey, subject, body, createdAt: now }));
    }
    if (this.mail.enabled) {
      const incident = await uow.incidents.findOneByOrFail({ id: businessKey });
      const recipients: { email: string }[] = await uow.query(
        `SELECT DISTINCT email FROM users WHERE active AND email IS NOT NULL AND roles && $1::text[] ORDER BY email`,
        [roles],
      );
      const text = `${body}\n\nIncident ${incident.reference}. Dit bericht staat ook in het Agressieprotocol onder Berichten.`;
      await this.mail.enqueue(uow, recipients.map(({ email }) => ({ recipient: email, subject, body: text, incidentId: businessKey })), now);
    }
    await this.timeline.record(uow, businessKey, now, actor, 'notified', `Bericht "${subject}" gestuurd aan ${roles.join(', ')}`, { roles });
    return {};
  }
}
