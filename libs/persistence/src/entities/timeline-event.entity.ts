import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of an incident's file: what happened, when, by whom. */
@Entity('timeline_events')
export class TimelineEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ name: 'incident_id', type: 'uuid' }) incidentId: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_name' }) actorName: string;
  @Column() type: string;
  @Column('text') summary: string;
  @Column('jsonb', { default: {} }) details: Record<string, unknown>;
}
