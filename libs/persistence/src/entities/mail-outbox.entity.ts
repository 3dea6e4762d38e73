import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An e-mail to send, kept until it is sent; failures are retried later. */
@Entity('mail_outbox')
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() recipient: string;
  @Column() subject: string;
  @Column('text') body: string;
  @Column({ name: 'incident_id', type: 'uuid', nullable: true }) incidentId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'next_attempt_at', type: 'timestamptz' }) nextAttemptAt: Date;
  /** While a sender works on it; a sender that dies leaves it to be picked up after this. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true }) claimedUntil: Date | null;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
}
