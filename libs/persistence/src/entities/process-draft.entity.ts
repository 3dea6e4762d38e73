import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A model a policy owner is drawing and has not deployed yet, one per person and model. */
@Entity('process_drafts')
export class ProcessDraftEntity {
  @PrimaryColumn() key: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column('text') xml: string;
  /** The version the draft started from, so a deploy notices when someone else deployed meanwhile. */
  @Column({ name: 'base_version', type: 'int', nullable: true }) baseVersion: number | null;
  /** The team the draft is meant for; null for the organisation's protocol. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @Column({ name: 'saved_at', type: 'timestamptz' }) savedAt: Date;
}
