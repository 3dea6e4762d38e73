import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795000000000 implements MigrationInterface {
  name = 'InitialSchema1795000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        job_title text NOT NULL,
        roles text[] NOT NULL,
        email text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE citizens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        date_of_birth date,
        street_address text,
        postal_code text,
        city text,
        phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX citizens_name_dob ON citizens (lower(name), date_of_birth)`);
    await q.query(`CREATE SEQUENCE incident_reference_seq`);
    await q.query(`
      CREATE TABLE incidents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        citizen_id uuid NOT NULL REFERENCES citizens(id),
        channel text NOT NULL,
        category text NOT NULL CHECK (category IN ('I', 'II', 'III')),
        behaviour text NOT NULL,
        occurred_at timestamptz NOT NULL,
        location text NOT NULL,
        reported_by uuid NOT NULL REFERENCES users(id),
        description text NOT NULL,
        kind text,
        is_repeat boolean,
        process_instance_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX incidents_recidive ON incidents (citizen_id, kind, occurred_at)`);
    await q.query(`
      CREATE TABLE timeline_events (
        id bigserial PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES incidents(id),
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES users(id),
        actor_name text NOT NULL,
        type text NOT NULL,
        summary text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX timeline_events_incident ON timeline_events (incident_id, at, id)`);
    await q.query(`
      CREATE TABLE process_definitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL,
        version int NOT NULL,
        hash text NOT NULL,
        name text NOT NULL,
        xml text NOT NULL,
        deployed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (key, version),
        UNIQUE (key, hash)
      )`);
    await q.query(`
      CREATE TABLE process_instances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        definition_id uuid NOT NULL REFERENCES process_definitions(id),
        business_key text NOT NULL,
        status text NOT NULL CHECK (status IN ('waiting', 'completed', 'failed')),
        state jsonb,
        variables jsonb NOT NULL DEFAULT '{}',
        failure jsonb,
        started_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        ended_at timestamptz
      )`);
    await q.query(`CREATE INDEX process_instances_business_key ON process_instances (business_key)`);
    await q.query(`
      CREATE TABLE user_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instance_id uuid NOT NULL REFERENCES process_instances(id),
        execution_id text NOT NULL UNIQUE,
        element_id text NOT NULL,
        name text NOT NULL,
        candidate_groups text[] NOT NULL,
        form_key text,
        input jsonb NOT NULL DEFAULT '{}',
        due_at timestamptz,
        status text NOT NULL CHECK (status IN ('open', 'completed', 'cancelled')),
        assignee_id uuid REFERENCES users(id),
        business_key text NOT NULL,
        created_at timestamptz NOT NULL,
        completed_at timestamptz,
        completed_by uuid REFERENCES users(id),
        form jsonb
      )`);
    await q.query(`CREATE INDEX user_tasks_open_by_group ON user_tasks USING gin (candidate_groups) WHERE status = 'open'`);
    await q.query(`CREATE INDEX user_tasks_instance ON user_tasks (instance_id, status)`);
    await q.query(`
      CREATE TABLE letters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incidents(id),
        code text NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'approved', 'rejected', 'final')),
        template_hash text NOT NULL,
        data jsonb NOT NULL,
        docx bytea NOT NULL,
        sha256 text NOT NULL,
        signer_role text NOT NULL,
        created_at timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by uuid REFERENCES users(id),
        rejection_comment text,
        finalized_at timestamptz
      )`);
    await q.query(`CREATE INDEX letters_incident ON letters (incident_id, created_at)`);
    // A signed letter is a record: the database itself refuses to change or delete it.
    await q.query(`
      CREATE FUNCTION letters_keep_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'letter % is final and cannot be changed', OLD.id USING ERRCODE = 'check_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER letters_final_is_final BEFORE UPDATE OR DELETE ON letters
      FOR EACH ROW WHEN (OLD.status = 'final') EXECUTE FUNCTION letters_keep_final()`);
    await q.query(`
      CREATE TABLE bans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        citizen_id uuid NOT NULL REFERENCES citizens(id),
        incident_id uuid NOT NULL REFERENCES incidents(id),
        letter_id uuid REFERENCES letters(id),
        status text NOT NULL CHECK (status IN ('proposed', 'active', 'withdrawn')),
        duration text NOT NULL,
        scope text NOT NULL,
        starts_on date,
        ends_on date,
        created_at timestamptz NOT NULL,
        imposed_by uuid REFERENCES users(id),
        CHECK (status <> 'active' OR (starts_on IS NOT NULL AND ends_on IS NOT NULL AND ends_on >= starts_on))
      )`);
    await q.query(`CREATE INDEX bans_active ON bans (citizen_id, starts_on, ends_on) WHERE status = 'active'`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        role text NOT NULL,
        incident_id uuid REFERENCES incidents(id),
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX notifications_role ON notifications (role, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notifications',
      'bans',
      'letters',
      'user_tasks',
      'process_instances',
      'process_definitions',
      'timeline_events',
      'incidents',
      'citizens',
      'users',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION letters_keep_final`);
    await q.query(`DROP SEQUENCE incident_reference_seq`);
  }
}
