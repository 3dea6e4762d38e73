import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ unique: true }) username: string;
  @Column({ name: 'password_hash' }) passwordHash: string;
  @Column({ name: 'display_name' }) displayName: string;
  @Column({ name: 'job_title' }) jobTitle: string;
  @Column('text', { array: true }) roles: string[];
  @Column({ nullable: true, type: 'text' }) email: string | null;
  @Column({ default: true }) active: boolean;
  /** The team it belongs to (organisation_units); null while none is set. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
