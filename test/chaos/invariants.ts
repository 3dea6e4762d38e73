import { Client } from 'pg';
import { Acknowledged } from './chaos-clients';

/**
 * What must hold of the database whatever moment the service died at, each as a query for the rows that
 * break it; a violation names the rule and the rows. `cases` are the business keys of the run's incidents.
 */
const RULES: { rule: string; sql: string; params: (a: Acknowledged) => unknown[] }[] = [
  {
    rule: 'an acknowledged incident is stored',
    sql: `SELECT a.id FROM unnest($1::uuid[]) a(id) WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = a.id)`,
    params: (a) => [a.incidents.map((i) => i.id)],
  },
  {
    rule: 'one incident per report, however often it was sent',
    sql: `SELECT description, count(*)::int AS n FROM incidents WHERE description = ANY($1) GROUP BY description HAVING count(*) <> 1`,
    params: (a) => [a.incidents.map((i) => i.marker)],
  },
  {
    rule: 'an acknowledged task completion is stored',
    sql: `SELECT a.id FROM unnest($1::uuid[]) a(id) WHERE NOT EXISTS (SELECT 1 FROM user_tasks t WHERE t.id = a.id AND t.status = 'completed')`,
    params: (a) => [a.completedTasks],
  },
  {
    rule: 'a waiting instance waits on something: an open task, a scheduled timer or a running sub-process',
    sql: `SELECT i.id, e AS element FROM process_instances i LEFT JOIN LATERAL unnest(i.waiting_elements) e ON true
           WHERE i.business_key = ANY($1) AND i.status = 'waiting'
             AND NOT EXISTS (SELECT 1 FROM user_tasks t WHERE t.instance_id = i.id AND t.element_id = e AND t.status = 'open')
             AND NOT EXISTS (SELECT 1 FROM process_timers p WHERE p.instance_id = i.id AND p.element_id = e AND p.status = 'scheduled')
             AND NOT EXISTS (SELECT 1 FROM process_instances c WHERE c.parent_instance_id = i.id AND c.status = 'waiting')`,
    params: (a) => [a.incidents.map((i) => i.id)],
  },
  {
    rule: 'no instance failed',
    sql: `SELECT id, failure FROM process_instances WHERE business_key = ANY($1) AND (status = 'failed' OR failure IS NOT NULL)`,
    params: (a) => [a.incidents.map((i) => i.id)],
  },
  {
    rule: 'a step of a model opens one task',
    sql: `SELECT instance_id, element_id, count(*)::int AS n FROM user_tasks WHERE business_key = ANY($1) GROUP BY 1, 2 HAVING count(*) > 1`,
    params: (a) => [a.incidents.map((i) => i.id)],
  },
  {
    rule: 'a timer fires once',
    sql: `SELECT instance_id::text AS id, element_id, count(*)::int AS n FROM process_timers WHERE business_key = ANY($1::text[]) GROUP BY 1, 2 HAVING count(*) > 1
          UNION ALL
          SELECT e.incident_id::text, 'timer-fired', count(*)::int FROM timeline_events e WHERE e.incident_id::text = ANY($1::text[]) AND e.type = 'timer-fired' GROUP BY e.incident_id
          HAVING count(*) <> (SELECT count(*) FROM process_timers p WHERE p.business_key = e.incident_id::text AND p.status = 'fired')`,
    params: (a) => [a.incidents.map((i) => i.id)],
  },
  {
    rule: 'a letter is drafted once',
    sql: `SELECT incident_id, code, count(*)::int AS n FROM letters WHERE incident_id = ANY($1) GROUP BY 1, 2 HAVING count(*) > 1`,
    params: (a) => [a.incidents.map((i) => i.id)],
  },
  {
    rule: 'a notification is written once, and its e-mail queued once per recipient',
    sql: `SELECT incident_id::text AS id, role AS recipient, count(*)::int AS n FROM notifications WHERE incident_id::text = ANY($1::text[]) GROUP BY 1, 2 HAVING count(*) > 1
          UNION ALL
          SELECT incident_id::text, recipient, count(*)::int FROM mail_outbox WHERE incident_id::text = ANY($1::text[]) GROUP BY 1, 2 HAVING count(*) > 1`,
    params: (a) => [a.incidents.map((i) => i.id)],
  },
];

export interface Violation {
  rule: string;
  rows: unknown[];
}

export async function violations(databaseUrl: string, acknowledged: Acknowledged): Promise<Violation[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const found: Violation[] = [];
    for (const { rule, sql, params } of RULES) {
      const { rows } = await db.query(sql, params(acknowledged));
      if (rows.length) found.push({ rule, rows });
    }
    return found;
  } finally {
    await db.end();
  }
}

/** Whether every process of the run has ended and every e-mail gone out: then the run is over. */
export async function settled(databaseUrl: string, cases: string[]): Promise<{ open: number; unsent: number }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [{ open }] = (await db.query(`SELECT count(*)::int AS open FROM process_instances WHERE business_key = ANY($1) AND status <> 'completed'`, [cases])).rows;
    const [{ unsent }] = (await db.query(`SELECT count(*)::int AS unsent FROM mail_outbox WHERE incident_id = ANY($1) AND sent_at IS NULL`, [cases])).rows;
    return { open, unsent };
  } finally {
    await db.end();
  }
}
