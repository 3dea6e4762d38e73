import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TimerStatus = 'scheduled' | 'fired' | 'cancelled' | 'failed';

/** A timer event an instance waits on; the scheduler fires it once when it falls due. */
@Entity('process_timers')
export class ProcessTimerEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'instance_id', type: 'uuid' }) instanceId: string;
  @Column({ name: 'execution_id', unique: true }) executionId: string;
  @Column({ name: 'element_id' }) elementId: string;
  @Column() name: string;
  @Column({ name: 'business_key' }) businessKey: string;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt: Date;
  @Column('text') status: TimerStatus;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'fired_at', type: 'timestamptz', nullable: true }) firedAt: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
}
