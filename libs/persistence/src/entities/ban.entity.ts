import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type BanStatus = 'proposed' | 'active' | 'ended' | 'withdrawn';

/** The ban register: who may not enter which buildings, from when until when, by which letter. */
@Entity('bans')
export class BanEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId: string;
  @Column({ name: 'incident_id', type: 'uuid' }) incidentId: string;
  @Column({ name: 'letter_id', type: 'uuid', nullable: true }) letterId: string | null;
  @Column('text') status: BanStatus;
  /** ISO 8601 duration as the model set it, e.g. P6M. */
  @Column() duration: string;
  @Column() scope: string;
  /** What receptions do when the visitor comes anyway, as the model that proposed the ban said. */
  @Column({ name: 'reception_instruction', type: 'text' }) receptionInstruction: string;
  @Column({ name: 'starts_on', type: 'date', nullable: true }) startsOn: string | null;
  /** starts_on plus the duration; the ban applies up to and including this day. */
  @Column({ name: 'ends_on', type: 'date', nullable: true }) endsOn: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
  @Column({ name: 'imposed_by', type: 'uuid', nullable: true }) imposedBy: string | null;
}
