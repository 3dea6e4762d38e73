import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A team of the organisation: its users and incidents belong to it, and it may have its own protocol variants. */
@Entity('organisation_units')
export class OrganisationUnitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
