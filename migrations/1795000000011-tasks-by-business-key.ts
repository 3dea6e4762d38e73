import { MigrationInterface, QueryRunner } from 'typeorm';

export class TasksByBusinessKey1795000000011 implements MigrationInterface {
  name = 'TasksByBusinessKey1795000000011';

  async up(q: QueryRunner): Promise<void> {
    // An incident's file and a dossier's tasks read the tasks of one business key, done ones included:
    // without an index every file read scanned every task ever made.
    await q.query(`CREATE INDEX user_tasks_business_key ON user_tasks (business_key, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX user_tasks_business_key`);
  }
}
