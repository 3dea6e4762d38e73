import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationUnits1795000000014 implements MigrationInterface {
  name = 'OrganisationUnits1795000000014';

  async up(q: QueryRunner): Promise<void> {
    // The teams of the organisation. A team may translate a channel's protocol into its own variant.
    await q.query(`
      CREATE TABLE organisation_units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX organisation_units_name ON organisation_units (lower(name))`);
    await q.query(`ALTER TABLE users ADD COLUMN unit_id uuid REFERENCES organisation_units(id)`);
    // An incident belongs to the team of its reporter at the moment of reporting.
    await q.query(`ALTER TABLE incidents ADD COLUMN unit_id uuid REFERENCES organisation_units(id)`);
    // An instance runs for a team (its calls start that team's variants too); null: the organisation.
    await q.query(`ALTER TABLE process_instances ADD COLUMN unit_id uuid REFERENCES organisation_units(id)`);
    // A version is the organisation's (null) or one team's variant; numbers run on over both per model.
    await q.query(`ALTER TABLE process_definitions ADD COLUMN unit_id uuid REFERENCES organisation_units(id)`);
    await q.query(`CREATE INDEX process_definitions_line ON process_definitions (key, unit_id, version)`);
    // A draft remembers the team its author is drawing a variant for.
    await q.query(`ALTER TABLE process_drafts ADD COLUMN unit_id uuid REFERENCES organisation_units(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE process_drafts DROP COLUMN unit_id`);
    await q.query(`DROP INDEX process_definitions_line`);
    for (const table of ['process_definitions', 'process_instances', 'incidents', 'users']) await q.query(`ALTER TABLE ${table} DROP COLUMN unit_id`);
    await q.query(`DROP TABLE organisation_units`);
  }
}
