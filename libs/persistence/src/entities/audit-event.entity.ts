import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the audit trail. The database refuses to change or remove it. */
@Entity('audit_trail')
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz' }) at: Date;
  /** Null for what nobody signed in did (a failed sign-in names the username in `actor`). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  /** The actor's username at the time, so the line reads the same after the account changes. */
  @Column() actor: string;
  @Column() action: string;
  @Column({ name: 'resource_type' }) resourceType: string;
  @Column({ name: 'resource_id', type: 'text', nullable: true }) resourceId: string | null;
  @Column({ type: 'text', nullable: true }) address: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'jsonb' }) details: Record<string, unknown>;
  /** The citizen and the incident the line concerns, whatever its resource, for searching by either. */
  @Column({ name: 'citizen_id', type: 'uuid', nullable: true }) citizenId: string | null;
  @Column({ name: 'incident_id', type: 'uuid', nullable: true }) incidentId: string | null;
}
