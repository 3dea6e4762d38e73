import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One sign-in. A token is honoured only while its session is open and its account active. */
@Entity('user_sessions')
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
  /** 'signed-out', 'deactivated', 'password-reset'. */
  @Column({ name: 'end_reason', type: 'text', nullable: true }) endReason: string | null;
}
