import { MigrationInterface, QueryRunner } from 'typeorm';

export class LetterTemplateLibrary1795000000015 implements MigrationInterface {
  name = 'LetterTemplateLibrary1795000000015';

  async up(q: QueryRunner): Promise<void> {
    // A version now says where it came from: a file in letter-templates/ at start-up, or legal staff's
    // upload from the browser, with a comment and the published version it was based on.
    await q.query(`
      ALTER TABLE letter_template_versions
        ADD COLUMN source_file text,
        ADD COLUMN uploaded_by uuid REFERENCES users(id),
        ADD COLUMN uploaded_by_name text,
        ADD COLUMN comment text,
        ADD COLUMN based_on int`);
    // The versions so far all came from the files; the trigger that keeps them unchanged steps aside once.
    await q.query(`ALTER TABLE letter_template_versions DISABLE TRIGGER letter_template_versions_are_kept`);
    await q.query(`UPDATE letter_template_versions SET source_file = code || '.docx'`);
    await q.query(`ALTER TABLE letter_template_versions ENABLE TRIGGER letter_template_versions_are_kept`);
    await q.query(`ALTER TABLE letter_template_versions ADD CONSTRAINT letter_template_versions_source CHECK (source_file IS NOT NULL OR uploaded_by IS NOT NULL)`);

    // Which version new letters use: the newest publication. Publishing again an earlier version (a
    // rollback) is a new publication, so the record of what was live when never changes.
    await q.query(`
      CREATE TABLE letter_template_publications (
        code text NOT NULL,
        number int NOT NULL CHECK (number > 0),
        sha256 text NOT NULL,
        published_at timestamptz NOT NULL,
        source_file text,
        published_by uuid REFERENCES users(id),
        published_by_name text,
        comment text,
        restores int,
        PRIMARY KEY (code, number),
        FOREIGN KEY (code, sha256) REFERENCES letter_template_versions (code, sha256),
        CHECK (source_file IS NOT NULL OR published_by IS NOT NULL)
      )`);
    await q.query(`
      INSERT INTO letter_template_publications (code, number, sha256, published_at, source_file)
      SELECT code, row_number() OVER (PARTITION BY code ORDER BY first_seen_at, sha256), sha256, first_seen_at, source_file
      FROM letter_template_versions`);
    await q.query(`
      CREATE FUNCTION letter_template_publications_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'publication % of letter template % is kept unchanged', OLD.number, OLD.code USING ERRCODE = 'check_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER letter_template_publications_are_kept BEFORE UPDATE OR DELETE ON letter_template_publications
      FOR EACH ROW EXECUTE FUNCTION letter_template_publications_keep()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE letter_template_publications`);
    await q.query(`DROP FUNCTION letter_template_publications_keep`);
    await q.query(`ALTER TABLE letter_template_versions DROP CONSTRAINT letter_template_versions_source`);
    await q.query(`ALTER TABLE letter_template_versions DROP COLUMN source_file, DROP COLUMN uploaded_by, DROP COLUMN uploaded_by_name, DROP COLUMN comment, DROP COLUMN based_on`);
  }
}
