import { MigrationInterface, QueryRunner } from 'typeorm';

export class BanEndAndPhoto1795000000003 implements MigrationInterface {
  name = 'BanEndAndPhoto1795000000003';

  async up(q: QueryRunner): Promise<void> {
    // A ban ends by itself after its end date; the register keeps it, marked ended.
    await q.query(`ALTER TABLE bans DROP CONSTRAINT bans_status_check`);
    await q.query(`ALTER TABLE bans ADD CONSTRAINT bans_status_check CHECK (status IN ('proposed', 'active', 'ended', 'withdrawn'))`);
    await q.query(`ALTER TABLE bans ADD COLUMN ended_at timestamptz`);
    // Receptions recognise a banned visitor by a photo when one was attached (ch. 8).
    await q.query(`ALTER TABLE citizens ADD COLUMN photo bytea`);
    await q.query(`ALTER TABLE citizens ADD COLUMN photo_type text CHECK (photo_type IN ('image/jpeg', 'image/png'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE citizens DROP COLUMN photo_type`);
    await q.query(`ALTER TABLE citizens DROP COLUMN photo`);
    await q.query(`ALTER TABLE bans DROP COLUMN ended_at`);
    await q.query(`UPDATE bans SET status = 'active' WHERE status = 'ended'`);
    await q.query(`ALTER TABLE bans DROP CONSTRAINT bans_status_check`);
    await q.query(`ALTER TABLE bans ADD CONSTRAINT bans_status_check CHECK (status IN ('proposed', 'active', 'withdrawn'))`);
  }
}
