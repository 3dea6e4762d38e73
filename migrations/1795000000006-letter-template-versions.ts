import { MigrationInterface, QueryRunner } from 'typeorm';

export class LetterTemplateVersions1795000000006 implements MigrationInterface {
  name = 'LetterTemplateVersions1795000000006';

  async up(q: QueryRunner): Promise<void> {
    // Every template version the service has loaded, so a letter is signed on the version it was drafted with.
    await q.query(`
      CREATE TABLE letter_template_versions (
        code text NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        docx bytea NOT NULL,
        first_seen_at timestamptz NOT NULL,
        PRIMARY KEY (code, sha256)
      )`);
    // Like a final letter, a version is a record: the database refuses to change or delete it.
    await q.query(`
      CREATE FUNCTION letter_template_versions_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'letter template % version % is kept unchanged', OLD.code, OLD.sha256 USING ERRCODE = 'check_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER letter_template_versions_are_kept BEFORE UPDATE OR DELETE ON letter_template_versions
      FOR EACH ROW EXECUTE FUNCTION letter_template_versions_keep()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE letter_template_versions`);
    await q.query(`DROP FUNCTION letter_template_versions_keep`);
  }
}
