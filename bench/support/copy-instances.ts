import { Client } from 'pg';

const BATCH = 10_000;

/**
 * Copies one genuinely stored waiting instance `count` times, with its open tasks and scheduled timers:
 * seeding 100,000 waiting instances through the engine would take an hour. Each copy gets new ids, and
 * new execution ids for its tasks and timers, written into its engine state too, so a copy moves on
 * like the original would. Copies stand alone (no parent). `timerDueAt` moves the copies' timers to
 * one moment.
 */
export async function copyWaitingInstance(sql: Client, sourceId: string, count: number, timerDueAt?: Date): Promise<void> {
  const columns = async (table: string, skip: string[]) =>
    (await sql.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`, [table])).rows
      .map((r) => r.column_name)
      .filter((c) => !skip.includes(c))
      .map((c) => `"${c}"`);
  const copied = ['id', 'instance_id', 'execution_id'];
  const instanceColumns = await columns('process_instances', ['id', 'state', 'parent_instance_id', 'parent_execution_id']);
  const [taskColumns, timerColumns] = [await columns('user_tasks', copied), await columns('process_timers', [...copied, 'due_at'])];
  const { rows } = await sql.query<{ execution_id: string }>(
    `SELECT execution_id FROM user_tasks WHERE instance_id = $1 AND status = 'open' UNION SELECT execution_id FROM process_timers WHERE instance_id = $1 AND status = 'scheduled'`,
    [sourceId],
  );
  // The copy's execution ids are the original's with the copy's id: "sign_5a1b" becomes "sign_5a1b_<uuid>".
  const renamed = rows.reduce((state, { execution_id }) => `replace(${state}, '"${execution_id}"', '"${execution_id}_' || c.id || '"')`, 's.state::text');
  const renamedId = `s.execution_id || '_' || c.id`;
  for (let done = 0; done < count; done += BATCH) {
    const n = Math.min(BATCH, count - done);
    await sql.query('BEGIN');
    await sql.query(`CREATE TEMP TABLE copies ON COMMIT DROP AS SELECT gen_random_uuid() AS id FROM generate_series(1, $1::int)`, [n]);
    await sql.query(
      `INSERT INTO process_instances (id, state, ${instanceColumns.join(', ')})
       SELECT c.id, (${renamed})::jsonb, ${instanceColumns.map((col) => `s.${col}`).join(', ')} FROM copies c, process_instances s WHERE s.id = $1`,
      [sourceId],
    );
    await sql.query(
      `INSERT INTO user_tasks (id, instance_id, execution_id, ${taskColumns.join(', ')})
       SELECT gen_random_uuid(), c.id, ${renamedId}, ${taskColumns.map((col) => `s.${col}`).join(', ')}
         FROM copies c, user_tasks s WHERE s.instance_id = $1 AND s.status = 'open'`,
      [sourceId],
    );
    await sql.query(
      `INSERT INTO process_timers (id, instance_id, execution_id, due_at, ${timerColumns.join(', ')})
       SELECT gen_random_uuid(), c.id, ${renamedId}, coalesce($2::timestamptz, s.due_at), ${timerColumns.map((col) => `s.${col}`).join(', ')}
         FROM copies c, process_timers s WHERE s.instance_id = $1 AND s.status = 'scheduled'`,
      [sourceId, timerDueAt ?? null],
    );
    await sql.query('COMMIT');
  }
  await sql.query('ANALYZE process_instances, user_tasks, process_timers');
}
