import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProcessTimers1795000000001 implements MigrationInterface {
  name = 'ProcessTimers1795000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE process_timers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instance_id uuid NOT NULL REFERENCES process_instances(id),
        execution_id text NOT NULL UNIQUE,
        element_id text NOT NULL,
        name text NOT NULL,
        business_key text NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'fired', 'cancelled', 'failed')),
        created_at timestamptz NOT NULL,
        fired_at timestamptz,
        last_error text
      )`);
    // The scheduler's question: which scheduled timers are due?
    await q.query(`CREATE INDEX process_timers_due ON process_timers (due_at) WHERE status = 'scheduled'`);
    await q.query(`CREATE INDEX process_timers_instance ON process_timers (instance_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE process_timers`);
  }
}
