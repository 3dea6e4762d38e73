import { MigrationInterface, QueryRunner } from 'typeorm';

export class InstanceProgress1795000000009 implements MigrationInterface {
  name = 'InstanceProgress1795000000009';

  async up(q: QueryRunner): Promise<void> {
    // Which steps of its model an instance has finished and which it waits on, so an incident's file can
    // show its progress on the diagram. Engine state alone cannot: it is dropped once an instance ends.
    await q.query(`ALTER TABLE process_instances ADD COLUMN done_elements text[] NOT NULL DEFAULT '{}', ADD COLUMN waiting_elements text[] NOT NULL DEFAULT '{}'`);
    // Instances from before: what their tasks and timers tell (steps without either are not known).
    await q.query(`
      UPDATE process_instances i SET
        done_elements = ARRAY(SELECT DISTINCT element_id FROM user_tasks WHERE instance_id = i.id AND status = 'completed'
                              UNION SELECT DISTINCT element_id FROM process_timers WHERE instance_id = i.id AND status = 'fired'),
        waiting_elements = ARRAY(SELECT DISTINCT element_id FROM user_tasks WHERE instance_id = i.id AND status = 'open'
                                 UNION SELECT DISTINCT element_id FROM process_timers WHERE instance_id = i.id AND status = 'scheduled')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE process_instances DROP COLUMN done_elements, DROP COLUMN waiting_elements`);
  }
}
