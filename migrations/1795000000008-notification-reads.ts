import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationReads1795000000008 implements MigrationInterface {
  name = 'NotificationReads1795000000008';

  async up(q: QueryRunner): Promise<void> {
    // A message goes to a role; whether it has been read is each user's own.
    await q.query(`
      CREATE TABLE notification_reads (
        notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (notification_id, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_reads`);
  }
}
