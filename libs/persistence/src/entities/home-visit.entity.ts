import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A planned home or company visit; its safety steps (check-out, check-in) are its process's tasks. */
@Entity('home_visits')
export class HomeVisitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'employee_id', type: 'uuid' }) employeeId: string;
  @Column() address: string;
  @Column({ name: 'visited_name' }) visitedName: string;
  @Column({ name: 'visited_phone', type: 'text', nullable: true }) visitedPhone: string | null;
  @Column() purpose: string;
  @Column({ name: 'planned_start', type: 'timestamptz' }) plannedStart: Date;
  @Column({ name: 'planned_minutes', type: 'int' }) plannedMinutes: number;
  @Column({ name: 'process_instance_id', type: 'uuid', nullable: true }) processInstanceId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
