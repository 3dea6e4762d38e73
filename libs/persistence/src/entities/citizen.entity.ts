import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('citizens')
export class CitizenEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column({ name: 'date_of_birth', type: 'date', nullable: true }) dateOfBirth: string | null;
  @Column({ name: 'street_address', type: 'text', nullable: true }) streetAddress: string | null;
  @Column({ name: 'postal_code', type: 'text', nullable: true }) postalCode: string | null;
  @Column({ type: 'text', nullable: true }) city: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  /** Only for receptions recognising a banned visitor; loaded on request only. */
  @Column({ type: 'bytea', nullable: true, select: false }) photo: Buffer | null;
  @Column({ name: 'photo_type', type: 'text', nullable: true }) photoType: string | null;
  @Column({ name: 'photo_attached_at', type: 'timestamptz', nullable: true }) photoAttachedAt: Date | null;
  /** When the citizen's personal data was erased (on request or at the end of its retention). */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
