import { MigrationInterface, QueryRunner } from 'typeorm';

export class HeldReportParts1795000000012 implements MigrationInterface {
  name = 'HeldReportParts1795000000012';

  async up(q: QueryRunner): Promise<void> {
    // The parts a reporter filled in (on-the-spot steps, perpetrator) when the protocol could not start:
    // kept until a retry opens their tasks, so nothing the reporter typed is lost.
    await q.query(`ALTER TABLE incidents ADD COLUMN held_parts jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incidents DROP COLUMN held_parts`);
  }
}
