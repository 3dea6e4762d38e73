import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type InstanceStatus = 'waiting' | 'completed' | 'failed' | 'cancelled';

@Entity('process_instances')
export class ProcessInstanceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'definition_id', type: 'uuid' }) definitionId: string;
  @Column({ name: 'business_key' }) businessKey: string;
  @Column('text') status: InstanceStatus;
  /** Engine state at the last wait; what a run recovers from. */
  @Column('jsonb', { nullable: true }) state: unknown | null;
  @Column('jsonb', { default: {} }) variables: Record<string, unknown>;
  /** Why the last run failed; the instance keeps its last good state and can be retried. */
  @Column('jsonb', { nullable: true }) failure: { elementId: string | null; message: string; at: string } | null;
  /** The model's elements this instance has finished, in the order they first finished. */
  @Column('text', { name: 'done_elements', array: true, default: [] }) doneElements: string[];
  /** The elements it waits on now: user tasks, timers and call activities; empty once it has ended. */
  @Column('text', { name: 'waiting_elements', array: true, default: [] }) waitingElements: string[];
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
  /** Set on a sub-process started by a call activity: the calling instance and the call's execution id. */
  @Column({ name: 'parent_instance_id', type: 'uuid', nullable: true }) parentInstanceId: string | null;
  /** The team it runs for: it and its calls start that team's variant of a model where one is deployed. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @Column({ name: 'parent_execution_id', type: 'text', nullable: true }) parentExecutionId: string | null;
}
