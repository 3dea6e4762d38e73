import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TaskStatus = 'open' | 'completed' | 'cancelled';

@Entity('user_tasks')
export class UserTaskEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'instance_id', type: 'uuid' }) instanceId: string;
  /** The engine's execution id; unique, so a wait seen again after recovery is the same task. */
  @Column({ name: 'execution_id', unique: true }) executionId: string;
  @Column({ name: 'element_id' }) elementId: string;
  @Column() name: string;
  @Column('text', { name: 'candidate_groups', array: true }) candidateGroups: string[];
  @Column({ name: 'form_key', type: 'text', nullable: true }) formKey: string | null;
  @Column('jsonb', { default: {} }) input: Record<string, unknown>;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column('text') status: TaskStatus;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId: string | null;
  @Column({ name: 'business_key' }) businessKey: string;
  /** The process the case started with (an incident's channel), even for a task of a sub-process. */
  @Column({ name: 'process_key', type: 'text', nullable: true }) processKey: string | null;
  /** When the assignee claimed it; null for a task the model assigned, which cannot be released. */
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true }) claimedAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ name: 'completed_by', type: 'uuid', nullable: true }) completedBy: string | null;
  @Column('jsonb', { nullable: true }) form: Record<string, unknown> | null;
  /** Why a step of the model closed the task before anyone did it; null for a task completed or merely no longer waited on. */
  @Column({ name: 'close_message', type: 'text', nullable: true }) closeMessage: string | null;
}
