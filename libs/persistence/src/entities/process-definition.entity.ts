import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One deployed version of a process model. Instances keep running on the version they started with. */
@Entity('process_definitions')
export class ProcessDefinitionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() key: string;
  @Column('int') version: number;
  @Column() hash: string;
  @Column() name: string;
  @Column('text') xml: string;
  @Column({ name: 'deployed_at', type: 'timestamptz' }) deployedAt: Date;
  /** The file in processes/ it was read from at start-up; null for a deploy from the browser. */
  @Column({ name: 'source_file', type: 'text', nullable: true }) sourceFile: string | null;
  @Column({ name: 'deployed_by', type: 'uuid', nullable: true }) deployedBy: string | null;
  @Column({ name: 'deployed_by_name', type: 'text', nullable: true }) deployedByName: string | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  /** The team this version is a variant for; null for the organisation's own protocol. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
}
