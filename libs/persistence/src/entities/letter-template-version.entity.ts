import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A letter template as it was when the service first loaded it; kept for good, so a letter can be finished on its version. */
@Entity('letter_template_versions')
export class LetterTemplateVersionEntity {
  @PrimaryColumn() code: string;
  @PrimaryColumn() sha256: string;
  @Column('bytea', { select: false }) docx: Buffer;
  @Column({ name: 'first_seen_at', type: 'timestamptz' }) firstSeenAt: Date;
}
