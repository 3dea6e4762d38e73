import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrailSubjects1795000000021 implements MigrationInterface {
  name = 'AuditTrailSubjects1795000000021';

  async up(q: QueryRunner): Promise<void> {
    // Whom a line concerns, whatever its resource (a letter, a photo, a task): the auditor searches by citizen
    // and by incident. No foreign keys: a line outlives what it names, and must never block removing it.
    // Adding nullable columns changes no row, so the append-only triggers stay as they are.
    await q.query(`ALTER TABLE audit_trail ADD COLUMN citizen_id uuid, ADD COLUMN incident_id uuid`);
    await q.query(`CREATE INDEX audit_trail_citizen ON audit_trail (citizen_id, at) WHERE citizen_id IS NOT NULL`);
    await q.query(`CREATE INDEX audit_trail_incident ON audit_trail (incident_id, at) WHERE incident_id IS NOT NULL`);
    await q.query(`CREATE INDEX audit_trail_at ON audit_trail (at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_trail_at`);
    await q.query(`DROP INDEX audit_trail_incident`);
    await q.query(`DROP INDEX audit_trail_citizen`);
    await q.query(`ALTER TABLE audit_trail DROP COLUMN incident_id, DROP COLUMN citizen_id`);
  }
}
