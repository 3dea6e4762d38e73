import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app message to everyone holding a role, or to one user. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', nullable: true }) role: string | null;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @Column({ name: 'incident_id', type: 'uuid', nullable: true }) incidentId: string | null;
  @Column() subject: string;
  @Column('text') body: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
