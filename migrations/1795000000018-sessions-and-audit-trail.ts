import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionsAndAuditTrail1795000000018 implements MigrationInterface {
  name = 'SessionsAndAuditTrail1795000000018';

  async up(q: QueryRunner): Promise<void> {
    // A sign-in is a session: every request is checked against it and against the account as it is now,
    // so signing out or deactivating an account ends the token's use at once, not when the token expires.
    await q.query(`
      CREATE TABLE user_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        started_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text
      )`);
    await q.query(`CREATE INDEX user_sessions_open ON user_sessions (user_id) WHERE ended_at IS NULL`);

    // Who did what to which resource, from where and why: appended, never changed or removed.
    await q.query(`
      CREATE TABLE audit_trail (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES users(id),
        actor text NOT NULL,
        action text NOT NULL,
        resource_type text NOT NULL,
        resource_id text,
        address text,
        reason text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_trail_resource ON audit_trail (resource_type, resource_id, at)`);
    await q.query(`CREATE INDEX audit_trail_actor ON audit_trail (actor_id, at)`);
    await q.query(`
      CREATE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_trail is append-only: % refused', TG_OP USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_trail_is_append_only BEFORE UPDATE OR DELETE ON audit_trail
      FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
      FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_trail`);
    await q.query(`DROP FUNCTION audit_trail_append_only`);
    await q.query(`DROP TABLE user_sessions`);
  }
}
