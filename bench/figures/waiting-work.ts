import { Client } from 'pg';
import { call, login, reportPhoneThreats } from '../support/api';
import { copyWaitingInstance } from '../support/copy-instances';
import { percentile, Report } from '../support/report';
import { startService } from '../support/service-process';

/** Completions measured at each level: fresh incidents, so the completed task is a genuine one. */
const COMPLETIONS = 20;

/**
 * Figure 5: start-up, memory and one task's completion with `levels` (0, 10,000, 100,000) instances waiting on
 * a person. The waiting instances are copies of a genuinely stored letter sub-process waiting for its
 * signature. None of the three should grow with the number waiting: no engine is kept in memory and
 * start-up reads no instance.
 */
export async function measureWaitingWork(report: Report, databaseUrl: string, sql: Client, levels: number[]): Promise<void> {
  let waiting = 0;
  let source: string | null = null;
  for (const level of levels) {
    if (level > waiting) {
      await copyWaitingInstance(sql, source!, level - waiting);
      waiting = level;
    }
    const service = await startService(databaseUrl);
    try {
      const rss = service.rssBytes();
      const incidents = await reportPhoneThreats(service.url, await login(service.url, 'medewerker'), COMPLETIONS + (source ? 0 : 1));
      const { rows } = await sql.query<{ id: string; instance_id: string }>(
        `SELECT id, instance_id FROM user_tasks WHERE element_id = 'sign' AND status = 'open' AND business_key = ANY($1) ORDER BY created_at`,
        [incidents],
      );
      // The first incident's letter, left waiting, is what the next levels copy.
      if (!source) source = rows.shift()!.instance_id;
      const head = await login(service.url, 'afdelingshoofd');
      const latencies: number[] = [];
      for (const task of rows) {
        const started = performance.now();
        await call(service.url, head, 'POST', `/api/tasks/${task.id}/complete`, { decision: 'approve' });
        latencies.push(performance.now() - started);
      }
      latencies.sort((a, b) => a - b);
      const label = `5 with ${level.toLocaleString('en')} waiting`;
      report.add(`${label}: start-up to ready`, service.readyMs, 'ms');
      report.add(`${label}: resident memory after start`, rss / 2 ** 20, 'MiB');
      report.add(`${label}: completing one task, p50`, percentile(latencies, 50), 'ms');
    } finally {
      await service.stop();
    }
  }
}
