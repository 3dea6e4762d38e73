import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure (AVG art. 17) and retention. What was erased is marked, so it is not erased twice and a letter's
 * verification can say why it cannot be rendered again. The records the database keeps unchanged (signed
 * letters, their PDFs, the audit trail) step aside only for a transaction that says it erases
 * (`ap.erasure`) or prunes the audit trail (`ap.audit_retention`), both set with set_config(…, true) and
 * so gone at its end: a stray UPDATE elsewhere is still refused.
 */
export class Privacy1795000000022 implements MigrationInterface {
  name = 'Privacy1795000000022';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE citizens ADD COLUMN erased_at timestamptz`);
    // A photo is kept until the last ban that needed it ended, or from when it was attached if none did.
    await q.query(`ALTER TABLE citizens ADD COLUMN photo_attached_at timestamptz`);
    await q.query(`UPDATE citizens SET photo_attached_at = updated_at WHERE photo IS NOT NULL`);
    await q.query(`ALTER TABLE incidents ADD COLUMN erased_at timestamptz`);
    await q.query(`ALTER TABLE letters ADD COLUMN erased_at timestamptz`);

    // A signed letter may be anonymised (never deleted), and only with its erasure marked.
    await q.query(`
      CREATE OR REPLACE FUNCTION letters_keep_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('ap.erasure', true) = 'on' AND NEW.erased_at IS NOT NULL
           AND NEW.status = OLD.status AND NEW.sha256 = OLD.sha256 AND NEW.template_hash = OLD.template_hash THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'letter % is final and cannot be changed', OLD.id USING ERRCODE = 'check_violation';
      END $$`);
    // A PDF made of a letter since anonymised is emptied, to be made again from the anonymised letter.
    await q.query(`
      CREATE OR REPLACE FUNCTION letter_pdfs_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('ap.erasure', true) = 'on' AND NEW.pdf IS NULL THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE' OR OLD.pdf IS NOT NULL THEN
          RAISE EXCEPTION 'the PDF of letter % is kept unchanged', OLD.letter_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    // The audit trail: lines older than its retention are deleted by the retention job; an erasure may
    // take personal data out of a line's details and reason, never who did what, when, to what.
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('ap.audit_retention', true) = 'on' THEN
          RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND current_setting('ap.erasure', true) = 'on'
           AND (NEW.id, NEW.at, NEW.actor_id, NEW.actor, NEW.action, NEW.resource_type, NEW.resource_id, NEW.address, NEW.citizen_id, NEW.incident_id)
               IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor_id, OLD.actor, OLD.action, OLD.resource_type, OLD.resource_id, OLD.address, OLD.citizen_id, OLD.incident_id) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_trail is append-only: % refused', TG_OP USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_trail is append-only: % refused', TG_OP USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION letter_pdfs_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.pdf IS NOT NULL THEN
          RAISE EXCEPTION 'the PDF of letter % is kept unchanged', OLD.letter_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION letters_keep_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'letter % is final and cannot be changed', OLD.id USING ERRCODE = 'check_violation';
      END $$`);
    await q.query(`ALTER TABLE letters DROP COLUMN erased_at`);
    await q.query(`ALTER TABLE incidents DROP COLUMN erased_at`);
    await q.query(`ALTER TABLE citizens DROP COLUMN photo_attached_at`);
    await q.query(`ALTER TABLE citizens DROP COLUMN erased_at`);
  }
}
