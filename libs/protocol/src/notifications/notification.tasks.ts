import { Injectable } from '@nestjs/common';
import { isRole } from '@ap/common';
import { WorkflowServiceHandler } from '@ap/workflow-runtime';
import { listInput, textInput } from '../model-input';
import { TimelineService } from '../timeline/timeline.service';

/** `notifications.send` (roles, subject, message): an in-app message to everyone holding each role. */
@Injectable()
export class NotificationTasks {
  constructor(private readonly timeline: TimelineService) {}

  readonly send: WorkflowServiceHandler = async (input, { scope }) => {
    const roles = listInput(input, 'roles');
    const unknown = roles.filter((r) => !isRole(r));
    if (unknown.length) throw new Error(`onbekende rol(len) in het model: ${unknown.join(', ')}`);
    const subject = textInput(input, 'subject');
    const body = textInput(input, 'message');
    const { uow, now, actor, businessKey } = scope;
    for (const role of roles) {
      await uow.notifications.save(uow.notifications.create({ role, incidentId: businessKey, subject, body, createdAt: now }));
    }
    await this.timeline.record(uow, businessKey, now, actor, 'notified', `Bericht "${subject}" gestuurd aan ${roles.join(', ')}`, { roles });
    return {};
  };
}
