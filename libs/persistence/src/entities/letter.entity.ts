import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type LetterStatus = 'draft' | 'approved' | 'rejected' | 'final';

/** A generated letter; once final, the database refuses any change to it. */
@Entity('letters')
export class LetterEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'incident_id', type: 'uuid' }) incidentId: string;
  @Column() code: string;
  @Column('text') status: LetterStatus;
  @Column({ name: 'template_hash' }) templateHash: string;
  /** The data the letter was filled with, so the signed version is the draft plus the signature. */
  @Column('jsonb') data: Record<string, unknown>;
  @Column('bytea', { select: false }) docx: Buffer;
  @Column() sha256: string;
  @Column({ name: 'signer_role' }) signerRole: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'rejection_comment', type: 'text', nullable: true }) rejectionComment: string | null;
  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true }) finalizedAt: Date | null;
  /** When the letter's personal data was anonymised: its data and document are then no longer what was signed (`sha256` still is). */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
}
