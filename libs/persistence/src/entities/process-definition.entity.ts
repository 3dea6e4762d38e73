import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('process_definitions')
export class ProcessDefinitionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() key: string;
  @Column('int') version: number;
  @Column() hash: string;
  @Column() name: string;
  @Column('text') xml: string;
  @Column({ name: 'deployed_at', type: 'timestamptz' }) deployedAt: Date;
}
