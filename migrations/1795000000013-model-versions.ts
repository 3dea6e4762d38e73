import { MigrationInterface, QueryRunner } from 'typeorm';

export class ModelVersions1795000000013 implements MigrationInterface {
  name = 'ModelVersions1795000000013';

  async up(q: QueryRunner): Promise<void> {
    // A version now says where it came from: a file in processes/ at start-up, or a policy owner's deploy
    // from the browser with a comment. The versions so far all came from the files.
    await q.query(`
      ALTER TABLE process_definitions
        ADD COLUMN source_file text,
        ADD COLUMN deployed_by uuid REFERENCES users(id),
        ADD COLUMN deployed_by_name text,
        ADD COLUMN comment text`);
    await q.query(`UPDATE process_definitions SET source_file = key || '.bpmn'`);
    await q.query(`ALTER TABLE process_definitions ADD CONSTRAINT process_definitions_source CHECK (source_file IS NOT NULL OR deployed_by IS NOT NULL)`);
    // Deploying an earlier version's content again (going back) makes it the newest version.
    await q.query(`ALTER TABLE process_definitions DROP CONSTRAINT process_definitions_key_hash_key`);
    await q.query(`CREATE INDEX process_definitions_key_hash ON process_definitions (key, hash)`);
    // What a policy owner is drawing, kept per person and model until they deploy it.
    await q.query(`
      CREATE TABLE process_drafts (
        key text NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id),
        xml text NOT NULL,
        base_version int,
        saved_at timestamptz NOT NULL,
        PRIMARY KEY (key, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE process_drafts`);
    await q.query(`DROP INDEX process_definitions_key_hash`);
    await q.query(`ALTER TABLE process_definitions ADD CONSTRAINT process_definitions_key_hash_key UNIQUE (key, hash)`);
    await q.query(`ALTER TABLE process_definitions DROP CONSTRAINT process_definitions_source`);
    await q.query(`ALTER TABLE process_definitions DROP COLUMN source_file, DROP COLUMN deployed_by, DROP COLUMN deployed_by_name, DROP COLUMN comment`);
  }
}
