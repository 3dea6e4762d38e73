import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A template version made the one new letters use; the newest publication of a code is live. Kept for good. */
@Entity('letter_template_publications')
export class LetterTemplatePublicationEntity {
  @PrimaryColumn() code: string;
  @PrimaryColumn('int') number: number;
  @Column() sha256: string;
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt: Date;
  @Column({ name: 'source_file', type: 'text', nullable: true }) sourceFile: string | null;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy: string | null;
  @Column({ name: 'published_by_name', type: 'text', nullable: true }) publishedByName: string | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  /** For a rollback: the publication whose version it published again. */
  @Column({ type: 'int', nullable: true }) restores: number | null;
}
