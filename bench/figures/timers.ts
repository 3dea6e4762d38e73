import { Client } from 'pg';
import { login, reportPhoneThreats } from '../support/api';
import { scalar } from '../support/bench-database';
import { copyWaitingInstance } from '../support/copy-instances';
import { Report } from '../support/report';
import { startService } from '../support/service-process';

/** Time for the copies to be in place before they fall due. */
const LEAD_MS = 3_000;

/**
 * Figure 6: `count` (10,000) timers falling due at the same moment, fired by one service process. Each is the
 * 24-hour deadline of a police report (a copy of a genuinely stored one), whose firing gives the
 * department head an escalation task. Checks that each fired exactly once.
 */
export async function measureTimers(report: Report, databaseUrl: string, sql: Client, count: number): Promise<void> {
  const service = await startService(databaseUrl);
  try {
    const [incident] = await reportPhoneThreats(service.url, await login(service.url, 'medewerker'), 1);
    const sourceId = await sql.query<{ id: string }>(
      `SELECT i.id FROM process_instances i JOIN process_definitions d ON d.id = i.definition_id WHERE d.key = 'police-report' AND i.business_key = $1`,
      [incident],
    );
    const dueAt = new Date(Date.now() + LEAD_MS);
    await copyWaitingInstance(sql, sourceId.rows[0].id, count, dueAt);
    const due = () => scalar(sql, `SELECT count(*) FROM process_timers WHERE due_at = $1 AND status = 'scheduled'`, [dueAt]);
    const deadline = Date.now() + 10 * 60_000;
    while ((await due()) > 0) {
      if (Date.now() > deadline) throw new Error(`${await due()} timers still due after 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const allFiredMs = Date.now() - dueAt.getTime();
    const { rows } = await sql.query<{ fired: string; failed: string; escalations: string; slowest: number }>(
      `SELECT count(*) FILTER (WHERE t.status = 'fired') AS fired, count(*) FILTER (WHERE t.status = 'failed') AS failed,
              (SELECT count(*) FROM user_tasks u JOIN process_timers x ON x.instance_id = u.instance_id
                WHERE x.due_at = $1 AND u.element_id = 'escalate_police_report') AS escalations,
              extract(epoch FROM max(t.fired_at - t.due_at)) * 1000 AS slowest
         FROM process_timers t WHERE t.due_at = $1`,
      [dueAt],
    );
    const [{ fired, failed, escalations, slowest }] = rows;
    if (Number(fired) !== count || Number(escalations) !== count) {
      throw new Error(`of ${count} timers ${fired} fired and ${failed} failed, giving ${escalations} escalation tasks`);
    }
    report.add(`6 timers: ${count.toLocaleString('en')} due at once, all fired after`, allFiredMs / 1000, 's');
    report.add('6 timers: delay of the slowest', Number(slowest) / 1000, 's');
    report.add('6 timers: fired per second', count / (allFiredMs / 1000), 'timers/s');
  } finally {
    await service.stop();
  }
}
