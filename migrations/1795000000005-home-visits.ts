import { MigrationInterface, QueryRunner } from 'typeorm';

export class HomeVisits1795000000005 implements MigrationInterface {
  name = 'HomeVisits1795000000005';

  async up(q: QueryRunner): Promise<void> {
    // A planned home or company visit (5.6); its safety steps run as a process keyed by the visit's id.
    await q.query(`
      CREATE TABLE home_visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id uuid NOT NULL REFERENCES users(id),
        address text NOT NULL,
        visited_name text NOT NULL,
        visited_phone text,
        purpose text NOT NULL,
        planned_start timestamptz NOT NULL,
        planned_minutes integer NOT NULL CHECK (planned_minutes > 0),
        process_instance_id uuid REFERENCES process_instances(id),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX home_visits_employee ON home_visits (employee_id, planned_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE home_visits`);
  }
}
