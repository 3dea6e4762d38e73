import { Client } from 'pg';
import { login } from '../support/api';
import { load } from '../support/load';
import { openSignatureTasks } from '../support/incidents';
import { Report } from '../support/report';
import { ServiceProcess } from '../support/service-process';

/**
 * Figure 3: the department head's 32 clients (fewer in a smoke run) approve waiting TC3 letters, each task once. Approval
 * renders the signed letter, ends the letter sub-process and runs the phone process on.
 */
export async function measureTaskCompletion(report: Report, service: ServiceProcess, sql: Client, clients = 32): Promise<void> {
  const { rows } = await sql.query<{ id: string }>(`SELECT id FROM user_tasks WHERE element_id = 'sign' AND status = 'open' ORDER BY created_at`);
  if (rows.length < clients * 4) throw new Error(`only ${rows.length} signature tasks to complete; figure 2 should have left more`);
  const token = await login(service.url, 'afdelingshoofd');
  const result = await load({
    url: service.url,
    token,
    connections: clients,
    amount: rows.length,
    path: (i) => `/api/tasks/${rows[i].id}/complete`,
    body: () => ({ decision: 'approve' }),
  });
  const left = await openSignatureTasks(sql);
  if (result.ok !== rows.length || left !== 0) throw new Error(`${result.ok} of ${rows.length} signatures completed, ${left} left open`);
  report.add(`3 task completion: ${clients} clients, ${rows.length} signatures`, result.perSecond, 'tasks/s');
  report.add(`3 task completion: ${clients} clients, p50`, result.p50Ms, 'ms');
  report.add(`3 task completion: ${clients} clients, p99`, result.p99Ms, 'ms');
}
