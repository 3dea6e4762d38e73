import { MigrationInterface, QueryRunner } from 'typeorm';

export class IncidentList1795000000010 implements MigrationInterface {
  name = 'IncidentList1795000000010';

  async up(q: QueryRunner): Promise<void> {
    // The list of incidents pages through the most recently reported first, on all channels or on one.
    await q.query(`CREATE INDEX incidents_newest ON incidents (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX incidents_channel_newest ON incidents (channel, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX incidents_channel_newest`);
    await q.query(`DROP INDEX incidents_newest`);
  }
}
