import { MigrationInterface, QueryRunner } from 'typeorm';

export class CalledProcesses1795000000002 implements MigrationInterface {
  name = 'CalledProcesses1795000000002';

  async up(q: QueryRunner): Promise<void> {
    // A sub-process started by a call activity knows the instance and the call it answers to.
    await q.query(`ALTER TABLE process_instances ADD COLUMN parent_instance_id uuid REFERENCES process_instances(id)`);
    await q.query(`ALTER TABLE process_instances ADD COLUMN parent_execution_id text UNIQUE`);
    await q.query(`ALTER TABLE process_instances DROP CONSTRAINT process_instances_status_check`);
    await q.query(`ALTER TABLE process_instances ADD CONSTRAINT process_instances_status_check CHECK (status IN ('waiting', 'completed', 'failed', 'cancelled'))`);
    await q.query(`CREATE INDEX process_instances_parent ON process_instances (parent_instance_id) WHERE parent_instance_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX process_instances_parent`);
    await q.query(`ALTER TABLE process_instances DROP CONSTRAINT process_instances_status_check`);
    await q.query(`ALTER TABLE process_instances ADD CONSTRAINT process_instances_status_check CHECK (status IN ('waiting', 'completed', 'failed'))`);
    await q.query(`ALTER TABLE process_instances DROP COLUMN parent_execution_id`);
    await q.query(`ALTER TABLE process_instances DROP COLUMN parent_instance_id`);
  }
}
