import { Client } from 'pg';
import { call, login } from '../support/api';
import { scalar } from '../support/bench-database';
import { copyWaitingInstance } from '../support/copy-instances';
import { newPhoneThreat } from '../support/incidents';
import { load } from '../support/load';
import { Report } from '../support/report';
import { ServiceProcess } from '../support/service-process';

const CLIENTS = 32;
/** What Mijn taken asks for: its first page of 25. */
const FIRST_PAGE = '/api/tasks?limit=25&offset=0';

/** A first phone threat, its warning TC3 signed, and the repeat by the same citizen (TC4, for the college). */
async function reportRepeat(url: string, employee: string, head: string): Promise<string[]> {
  const first = newPhoneThreat();
  const firstId: string = (await call(url, employee, 'POST', '/api/incidents', first)).id;
  const [letter] = await call(url, head, 'GET', `/api/tasks?businessKey=${firstId}&formKey=letter-signing`);
  await call(url, head, 'POST', `/api/tasks/${letter.id}/complete`, { decision: 'approve' });
  const repeat = await call(url, employee, 'POST', '/api/incidents', { ...first, occurredAt: new Date(Date.now() - 5 * 60_000).toISOString() });
  if (!(await call(url, head, 'GET', `/api/incidents/${repeat.id}`)).isRepeat) throw new Error('The second threat of one citizen was not taken as a repeat');
  return [firstId, repeat.id];
}

/**
 * The genuine cases the open tasks are copied from: a repeat (reportRepeat), and a first incident on
 * every other channel but the home visit (as its report form offers it), so that the tasks fall to the roles as the protocol hands them
 * out (department heads, employees, team leads, P&O, the college).
 */
async function reportSources(url: string, employee: string, head: string): Promise<string[]> {
  const incidents = await reportRepeat(url, employee, head);
  // Each channel with the last behaviour and category its report form offers (the heaviest protocol).
  const form: { channels: { key: string; protocols: { behaviours: { key: string; categories: { key: string }[] }[] }[] }[] } = await call(url, employee, 'GET', '/api/incidents/report-form');
  for (const channel of form.channels.filter((c) => c.key !== 'phone' && c.key !== 'home-visit')) {
    const behaviours = channel.protocols.flatMap((p) => p.behaviours);
    const behaviour = behaviours[behaviours.length - 1];
    const offered = { channel: channel.key, behaviour: behaviour.key, category: behaviour.categories[behaviour.categories.length - 1].key };
    incidents.push((await call(url, employee, 'POST', '/api/incidents', { ...newPhoneThreat(), ...offered })).id);
  }
  return incidents;
}

/**
 * Figure 9: reading under load with `openTasks` (10,000) open tasks spread over the roles. The open tasks
 * are SQL copies of the waiting instances of genuine cases (reportSources), each source copied as often,
 * so they keep the cases' spread over the roles. Then 32 clients: a department head's first page of
 * Mijn taken (`GET /api/tasks`, 25, most urgent first, with the total), and an incident's file
 * (`GET /api/incidents/:id`, a repeat's: two letters, its tasks, the timeline). The limit they are measured against is the same service answering
 * `GET /api/health` (no database, no sign-in check) under the same 32 clients: HTTP and Nest alone.
 * `service` runs on a database of its own, which this figure fills.
 */
export async function measureTaskLists(report: Report, service: ServiceProcess, sql: Client, openTasks: number, requests: number): Promise<void> {
  const employee = await login(service.url, 'medewerker');
  const head = await login(service.url, 'afdelingshoofd');
  const incidents = await reportSources(service.url, employee, head);
  const { rows: sources } = await sql.query<{ instance_id: string; tasks: string }>(
    `SELECT instance_id, count(*) AS tasks FROM user_tasks WHERE status = 'open' AND business_key = ANY($1) GROUP BY instance_id`,
    [incidents],
  );
  const perCopy = sources.reduce((sum, s) => sum + Number(s.tasks), 0);
  const copies = Math.max(0, Math.ceil((openTasks - perCopy) / perCopy));
  for (const source of sources) await copyWaitingInstance(sql, source.instance_id, copies);
  const open = await scalar(sql, `SELECT count(*) FROM user_tasks WHERE status = 'open'`);
  const { rows: byRole } = await sql.query<{ role: string; tasks: string }>(
    `SELECT role, count(*) AS tasks FROM user_tasks, unnest(candidate_groups) AS role WHERE status = 'open' GROUP BY role ORDER BY 2 DESC`,
  );
  console.log(`   ${open} open tasks, offered to ${byRole.map((r) => `${r.role} ${r.tasks}`).join(', ')}`);
  // The file read is a repeat reported now, among the copies (which keep their source's incident as
  // business key, so a source's file would list the tasks of all its copies).
  const [, file] = await reportRepeat(service.url, employee, head);

  const amount = Math.max(requests, CLIENTS * 10);
  const run = (path: string, n = amount) => load({ url: service.url, token: head, method: 'GET', connections: CLIENTS, amount: n, path: () => path });
  // Unmeasured first: a fresh service process compiles its hot paths during its first requests.
  for (const path of ['/api/health', FIRST_PAGE, `/api/incidents/${file}`]) await run(path, CLIENTS * 4);

  const limit = await run('/api/health');
  report.add(`9 limit: GET /api/health, ${CLIENTS} clients`, limit.perSecond, 'answers/s');
  const seen = Number((await fetch(`${service.url}${FIRST_PAGE}`, { headers: { authorization: `Bearer ${head}` } })).headers.get('x-total-count'));
  console.log(`   ${seen} of them the department head's`);
  const level = `9 with ${openTasks.toLocaleString('en')} open tasks`;
  for (const [name, path] of [
    [`${level}: task list, first page`, FIRST_PAGE],
    [`${level}: incident file`, `/api/incidents/${file}`],
  ]) {
    const result = await run(path);
    const label = `${name}, ${CLIENTS} clients`;
    report.add(label, result.perSecond, 'answers/s');
    report.add(`${label}, p50`, result.p50Ms, 'ms');
    report.add(`${label}, p99`, result.p99Ms, 'ms');
    report.add(`${label}, ratio to the limit`, result.perSecond / limit.perSecond, '');
  }
}
