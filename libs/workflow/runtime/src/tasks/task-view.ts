import { ApiProperty } from '@nestjs/swagger';
import { UserTaskEntity } from '@ap/persistence';
import { FormDefinition } from '../forms/form-registry';
import { TaskSubject } from './task-subjects';

export class TaskFormRef {
  @ApiProperty({ example: 'letter-signing' }) key: string;
  @ApiProperty({ example: 'Brief beoordelen en ondertekenen' }) title: string;
}

export class TaskSubjectView implements Omit<TaskSubject, 'restrictedTitle'> {
  @ApiProperty({ example: 'incident' }) kind: string;
  @ApiProperty() id: string;
  @ApiProperty({ example: 'AG-2026-00012 · J. de Vries' }) title: string;
}

export class TaskAssignee {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Rik Vos' }) displayName: string;
}

/**
 * A task as the API shows it: what to do, for whom, by when, and which form completes it. A task the model
 * assigned to one person (camunda:assignee) shows its input, its form and what was filled in only to that
 * person; others with its role see its name, due date and holder, and that it is someone else's (`restricted`).
 */
export class TaskView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Brief TC3 ondertekenen' }) name: string;
  @ApiProperty({ description: 'Het element in het procesmodel' }) elementId: string;
  @ApiProperty({ format: 'uuid' }) instanceId: string;
  @ApiProperty({ description: 'Het dossier: een incident-id, of "home-visit:<id>"' }) businessKey: string;
  @ApiProperty({ type: String, nullable: true, description: 'Het proces waarmee het dossier begon (bij een incident het kanaal)' }) processKey: string | null;
  @ApiProperty({ type: TaskSubjectView, nullable: true }) subject: TaskSubjectView | null;
  @ApiProperty({ type: [String] }) candidateGroups: string[];
  @ApiProperty({ type: TaskFormRef, nullable: true, description: 'Het formulier; null als de taak aan iemand anders is toegewezen' }) form: TaskFormRef | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'De invoer die het model de taak meegeeft; leeg als de taak aan iemand anders is toegewezen' })
  input: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: Date | null;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeId: string | null;
  @ApiProperty({ type: TaskAssignee, nullable: true }) assignee: TaskAssignee | null;
  @ApiProperty({ description: 'Opgepakt door de behandelaar (vrij te geven); onwaar als het model de taak toewees' }) claimed: boolean;
  @ApiProperty({
    description:
      'Het model wees de taak aan iemand anders toe: alleen naam, termijn en behandelaar zijn te zien; invoer, formulier en ingevuld formulier zijn leeg en het dossier staat er zonder namen bij',
  })
  restricted: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) completedBy: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Het ingevulde formulier; null als de taak aan iemand anders is toegewezen' })
  submitted: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true, description: 'Waarom een stap van het model de taak sloot voordat iemand hem deed (bij status vervallen)' })
  closeMessage: string | null;
}

export interface TaskContext {
  subject?: TaskSubject | null;
  assignee?: TaskAssignee | null;
}

/** The model assigned the task to a person (not claimed from the role), and that person is not the viewer. */
export function isAssignedToOther(task: Pick<UserTaskEntity, 'assigneeId' | 'claimedAt'>, viewerId: string): boolean {
  return task.assigneeId !== null && task.claimedAt === null && task.assigneeId !== viewerId;
}

/** The task as `viewerId` may see it: without its contents if the model assigned it to someone else. */
export function taskView(task: UserTaskEntity, form: FormDefinition, viewerId: string, context: TaskContext = {}): TaskView {
  const view = fullView(task, form, context);
  if (!isAssignedToOther(task, viewerId)) return view;
  return {
    ...view,
    subject: context.subject ? { kind: context.subject.kind, id: context.subject.id, title: context.subject.restrictedTitle } : null,
    form: null,
    input: {},
    submitted: null,
    restricted: true,
  };
}

function fullView(task: UserTaskEntity, form: FormDefinition, context: TaskContext): TaskView {
  return {
    id: task.id,
    name: task.name,
    elementId: task.elementId,
    instanceId: task.instanceId,
    businessKey: task.businessKey,
    processKey: task.processKey,
    subject: context.subject ? { kind: context.subject.kind, id: context.subject.id, title: context.subject.title } : null,
    candidateGroups: task.candidateGroups,
    form: { key: form.key, title: form.title },
    input: task.input,
    dueAt: task.dueAt,
    status: task.status,
    assigneeId: task.assigneeId,
    assignee: context.assignee ?? null,
    claimed: task.claimedAt !== null,
    restricted: false,
    createdAt: task.createdAt,
    completedAt: task.completedAt,
    completedBy: task.completedBy,
    submitted: task.form,
    closeMessage: task.closeMessage,
  };
}
