import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1795000000017 implements MigrationInterface {
  name = 'IdempotencyKeys1795000000017';

  async up(q: QueryRunner): Promise<void> {
    // A creating request's Idempotency-Key, per user, written in the transaction that creates the resource:
    // a retry after a lost answer finds it and gets the same resource instead of a second one.
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users(id),
        key text NOT NULL,
        scope text NOT NULL,
        request_hash text NOT NULL,
        resource_id uuid,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
