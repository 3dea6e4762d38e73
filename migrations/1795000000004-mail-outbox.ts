import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1795000000004 implements MigrationInterface {
  name = 'MailOutbox1795000000004';

  async up(q: QueryRunner): Promise<void> {
    // E-mails are written in the transaction that decides to send them and sent afterwards, so a
    // rolled-back step sends nothing and a committed one is not lost when the mail server is down.
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        incident_id uuid REFERENCES incidents(id),
        created_at timestamptz NOT NULL,
        next_attempt_at timestamptz NOT NULL,
        claimed_until timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
  }
}
