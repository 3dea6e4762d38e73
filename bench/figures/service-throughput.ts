import { Client } from 'pg';
import { login } from '../support/api';
import { load } from '../support/load';
import { newPhoneThreat, openSignatureTasks } from '../support/incidents';
import { Report } from '../support/report';
import { ServiceProcess } from '../support/service-process';

export const RAW_PIPELINE = '1 raw pipeline: phone B to signature wait, in-process';

/**
 * Figure 2: `requests` phone threats reported through the API by `clients` concurrent clients. A request is done
 * when the incident is stored and its protocol waits, stored, on the signature of TC3; the figure checks
 * that every accepted incident left its signature task behind. `label` tells runs of the service apart.
 */
export async function measureServiceThroughput(report: Report, service: ServiceProcess, sql: Client, clients: number, requests: number, label = ''): Promise<number> {
  const token = await login(service.url, 'medewerker');
  const run = (amount: number) => load({ url: service.url, token, connections: clients, amount, path: () => '/api/incidents', body: newPhoneThreat });
  // Unmeasured first: a fresh service process compiles its hot paths during its first requests.
  await run(clients * 2);
  const before = await openSignatureTasks(sql);
  // A number of requests rather than a time, so that none is cut off: every client has several turns.
  const result = await run(Math.max(requests, clients * 4));
  const waiting = (await openSignatureTasks(sql)) - before;
  if (waiting !== result.ok) throw new Error(`${result.ok} incidents accepted, but ${waiting} signature tasks stored`);
  const name = `2 service throughput${label}: ${clients} client${clients > 1 ? 's' : ''}`;
  const perSecond = report.add(name, result.perSecond, 'incidents/s');
  report.add(`${name}, p50`, result.p50Ms, 'ms');
  report.add(`${name}, p99`, result.p99Ms, 'ms');
  report.add(`${name}, ratio to figure 1`, perSecond / report.value(RAW_PIPELINE), '');
  return perSecond;
}
