import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The PDF/A of a signed letter: requested with the signature, made after the commit, then kept unchanged. */
@Entity('letter_pdfs')
export class LetterPdfEntity {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid' }) letterId: string;
  @Column('bytea', { nullable: true, select: false }) pdf: Buffer | null;
  @Column({ type: 'text', nullable: true }) sha256: string | null;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt: Date;
  @Column({ name: 'created_at', type: 'timestamptz', nullable: true }) createdAt: Date | null;
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true }) claimedUntil: Date | null;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
}
