import { ApiProperty } from '@nestjs/swagger';
import { UserTaskEntity } from '@ap/persistence';
import { FormDefinition } from '../forms/form-registry';
import { TaskSubject } from './task-subjects';

export class TaskFormRef {
  @ApiProperty({ example: 'letter-signing' }) key: string;
  @ApiProperty({ example: 'Brief beoordelen en ondertekenen' }) title: string;
}

export class TaskSubjectView implements TaskSubject {
  @ApiProperty({ example: 'incident' }) kind: string;
  @ApiProperty() id: string;
  @ApiProperty({ example: 'AG-2026-00012 · J. de Vries' }) title: string;
}

export class TaskAssignee {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Rik Vos' }) displayName: string;
}

/** A task as the API shows it: what to do, for whom, by when, and which form completes it. */
export class TaskView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Brief TC3 ondertekenen' }) name: string;
  @ApiProperty({ description: 'Het element in het procesmodel' }) elementId: string;
  @ApiProperty({ format: 'uuid' }) instanceId: string;
  @ApiProperty({ description: 'Het dossier: een incident-id, of "home-visit:<id>"' }) businessKey: string;
  @ApiProperty({ type: String, nullable: true, description: 'Het proces waarmee het dossier begon (bij een incident het kanaal)' }) processKey: string | null;
  @ApiProperty({ type: TaskSubjectView, nullable: true }) subject: TaskSubjectView | null;
  @ApiProperty({ type: [String] }) candidateGroups: string[];
  @ApiProperty({ type: TaskFormRef }) form: TaskFormRef;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'De invoer die het model de taak meegeeft' }) input: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: Date | null;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeId: string | null;
  @ApiProperty({ type: TaskAssignee, nullable: true }) assignee: TaskAssignee | null;
  @ApiProperty({ description: 'Opgepakt door de behandelaar (vrij te geven); onwaar als het model de taak toewees' }) claimed: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) completedBy: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Het ingevulde formulier' }) submitted: Record<string, unknown> | null;
}

export interface TaskContext {
  subject?: TaskSubject | null;
  assignee?: TaskAssignee | null;
}

export function taskView(task: UserTaskEntity, form: FormDefinition, context: TaskContext = {}): TaskView {
  return {
    id: task.id,
    name: task.name,
    elementId: task.elementId,
    instanceId: task.instanceId,
    businessKey: task.businessKey,
    processKey: task.processKey,
    subject: context.subject ?? null,
    candidateGroups: task.candidateGroups,
    form: { key: form.key, title: form.title },
    input: task.input,
    dueAt: task.dueAt,
    status: task.status,
    assigneeId: task.assigneeId,
    assignee: context.assignee ?? null,
    claimed: task.claimedAt !== null,
    createdAt: task.createdAt,
    completedAt: task.completedAt,
    completedBy: task.completedBy,
    submitted: task.form,
  };
}
