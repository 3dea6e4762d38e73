import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A letter template's content as a file at start-up or legal staff's upload brought it; kept for good, so a
 * letter is finished on the version it was drafted from. Whether new letters use it is its publications'.
 */
@Entity('letter_template_versions')
export class LetterTemplateVersionEntity {
  @PrimaryColumn() code: string;
  @PrimaryColumn() sha256: string;
  @Column('bytea', { select: false }) docx: Buffer;
  @Column({ name: 'first_seen_at', type: 'timestamptz' }) firstSeenAt: Date;
  @Column({ name: 'source_file', type: 'text', nullable: true }) sourceFile: string | null;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy: string | null;
  @Column({ name: 'uploaded_by_name', type: 'text', nullable: true }) uploadedByName: string | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  /** The publication the upload was edited from, to warn when another was published meanwhile. */
  @Column({ name: 'based_on', type: 'int', nullable: true }) basedOn: number | null;
}
