import { MigrationInterface, QueryRunner } from 'typeorm';

export class TaskInbox1795000000007 implements MigrationInterface {
  name = 'TaskInbox1795000000007';

  async up(q: QueryRunner): Promise<void> {
    // The process the task's case started with (for an incident: its channel), so a task list can filter on it;
    // and when a user claimed the task, so a claim can be released while a model's assignment cannot.
    await q.query(`ALTER TABLE user_tasks ADD COLUMN process_key text, ADD COLUMN claimed_at timestamptz`);
    await q.query(`
      UPDATE user_tasks t SET process_key = root.key
        FROM (SELECT DISTINCT ON (i.business_key) i.business_key, d.key
                FROM process_instances i JOIN process_definitions d ON d.id = i.definition_id
               WHERE i.parent_instance_id IS NULL
               ORDER BY i.business_key, i.started_at) root
       WHERE root.business_key = t.business_key`);
    // Claims from before cannot be told apart from a model's assignment, so they stay as they are (not releasable).
    await q.query(`CREATE INDEX user_tasks_open_by_due ON user_tasks (due_at NULLS LAST, created_at, id) WHERE status = 'open'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX user_tasks_open_by_due`);
    await q.query(`ALTER TABLE user_tasks DROP COLUMN process_key, DROP COLUMN claimed_at`);
  }
}
