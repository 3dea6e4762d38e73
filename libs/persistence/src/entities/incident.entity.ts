import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Report parts waiting for a failed start's retry, with who filled them in. */
export interface HeldReportParts {
  reporter: { id: string; name: string; roles: string[] };
  parts: Record<string, Record<string, unknown>>;
}

@Entity('incidents')
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ unique: true }) reference: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId: string;
  @Column() channel: string;
  @Column() category: string;
  @Column() behaviour: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column() location: string;
  @Column({ name: 'reported_by', type: 'uuid' }) reportedBy: string;
  @Column('text') description: string;
  /** Set by the model's recidive step: incidents of the same kind count towards a repeat. */
  @Column({ type: 'text', nullable: true }) kind: string | null;
  @Column({ name: 'is_repeat', type: 'boolean', nullable: true }) isRepeat: boolean | null;
  @Column({ name: 'process_instance_id', type: 'uuid', nullable: true }) processInstanceId: string | null;
  /** The team of its reporter when it was reported; its protocol runs that team's variants. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @Column({ name: 'held_parts', type: 'jsonb', nullable: true }) heldParts: HeldReportParts | null;
  /** When the file's personal content was anonymised; what it counts in (channel, month, behaviour) stays. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
