import { MigrationInterface, QueryRunner } from 'typeorm';

export class LetterPdfs1795000000016 implements MigrationInterface {
  name = 'LetterPdfs1795000000016';

  async up(q: QueryRunner): Promise<void> {
    // The PDF/A of each signed letter. The row is written with the signed letter, in its transaction, and
    // the PDF filled in after the commit (LibreOffice takes seconds): a letter whose PDF is missing after a
    // crash still has its row, and gets its PDF when a service process is up again.
    await q.query(`
      CREATE TABLE letter_pdfs (
        letter_id uuid PRIMARY KEY REFERENCES letters(id),
        pdf bytea,
        sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        requested_at timestamptz NOT NULL,
        created_at timestamptz,
        claimed_until timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        CHECK ((pdf IS NULL) = (sha256 IS NULL) AND (pdf IS NULL) = (created_at IS NULL))
      )`);
    await q.query(`CREATE INDEX letter_pdfs_pending ON letter_pdfs (requested_at) WHERE pdf IS NULL`);
    // Once made, a PDF is the letter as sent: the database refuses to change or delete it.
    await q.query(`
      CREATE FUNCTION letter_pdfs_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.pdf IS NOT NULL THEN
          RAISE EXCEPTION 'the PDF of letter % is kept unchanged', OLD.letter_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER letter_pdfs_are_kept BEFORE UPDATE OR DELETE ON letter_pdfs
      FOR EACH ROW EXECUTE FUNCTION letter_pdfs_keep()`);
    // Letters signed before there were PDFs get theirs too.
    await q.query(`INSERT INTO letter_pdfs (letter_id, requested_at) SELECT id, finalized_at FROM letters WHERE status = 'final'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE letter_pdfs`);
    await q.query(`DROP FUNCTION letter_pdfs_keep`);
  }
}
