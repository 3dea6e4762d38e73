import { MigrationInterface, QueryRunner } from 'typeorm';

export class ClosedTasksAndPersonalMessages1795000000020 implements MigrationInterface {
  name = 'ClosedTasksAndPersonalMessages1795000000020';

  async up(q: QueryRunner): Promise<void> {
    // A step of the model may close tasks no longer needed with a message saying why (an employee who
    // checks in while a colleague is looking for them): kept with the task, shown to whoever holds it.
    await q.query(`ALTER TABLE user_tasks ADD COLUMN close_message text`);
    // Such a message goes to the one person who held the task, not to everyone with a role.
    await q.query(`ALTER TABLE notifications ALTER COLUMN role DROP NOT NULL`);
    await q.query(`ALTER TABLE notifications ADD COLUMN user_id uuid REFERENCES users (id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_recipient_check CHECK ((role IS NULL) <> (user_id IS NULL))`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at) WHERE user_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE user_id IS NOT NULL`);
    await q.query(`DROP INDEX notifications_user_idx`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_recipient_check`);
    await q.query(`ALTER TABLE notifications DROP COLUMN user_id`);
    await q.query(`ALTER TABLE notifications ALTER COLUMN role SET NOT NULL`);
    await q.query(`ALTER TABLE user_tasks DROP COLUMN close_message`);
  }
}
