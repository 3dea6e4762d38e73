import { UserTaskEntity } from '@ap/persistence';
import { FormDefinition } from '../forms/form-registry';

/** A task as the API shows it: what to do, for whom, by when, and which form completes it. */
export function taskView(task: UserTaskEntity, form: FormDefinition) {
  return {
    id: task.id,
    name: task.name,
    elementId: task.elementId,
    instanceId: task.instanceId,
    businessKey: task.businessKey,
    candidateGroups: task.candidateGroups,
    form: { key: form.key, title: form.title },
    input: task.input,
    dueAt: task.dueAt,
    status: task.status,
    assigneeId: task.assigneeId,
    createdAt: task.createdAt,
    completedAt: task.completedAt,
    completedBy: task.completedBy,
    submitted: task.form,
  };
}
