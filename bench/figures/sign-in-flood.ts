import { login } from '../support/api';
import { load } from '../support/load';
import { Report } from '../support/report';
import { startService } from '../support/service-process';

const FLOOD_CLIENTS = 20;

/**
 * Figure 13: what a flood of wrong passwords does to everyone else. 4 clients read the signed-in user
 * (`GET /api/auth/me`: the token and its session checked against the database), first alone (the limit),
 * then while 20 clients send wrong passwords for ever new usernames, each costing a bcrypt check. The
 * address limit is lifted for the run, so every attempt is hashed rather than refused early.
 */
export async function measureSignInFlood(report: Report, databaseUrl: string, reads: number): Promise<void> {
  const service = await startService(databaseUrl, { SIGN_IN_ATTEMPTS_PER_ADDRESS: '1000000000' });
  try {
    const token = await login(service.url, 'afdelingshoofd');
    const read = () => load({ url: service.url, method: 'GET', path: () => '/api/auth/me', token, connections: 4, amount: reads });
    await read();
    const idle = await read();

    let flooding = true;
    let refused = 0;
    const started = performance.now();
    const flood = Array.from({ length: FLOOD_CLIENTS }, async (_, client) => {
      for (let i = 0; flooding; i++) {
        const res = await fetch(`${service.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: `onbekend-${client}-${i}`, password: 'fout wachtwoord' }),
        });
        if (res.status !== 401) throw new Error(`a wrong password got ${res.status}, not 401`);
        refused++;
      }
    });
    // The flood is under way before the reads start.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const busy = await read();
    flooding = false;
    await Promise.all(flood);
    const seconds = (performance.now() - started) / 1000;

    report.add('13 limit: a signed-in read (4 clients) alone, p50', idle.p50Ms, 'ms');
    report.add(`13 the same read during ${FLOOD_CLIENTS} parallel wrong sign-ins, p50`, busy.p50Ms, 'ms');
    report.add(`13 the same read during ${FLOOD_CLIENTS} parallel wrong sign-ins, p99`, busy.p99Ms, 'ms');
    report.add('13 wrong sign-ins refused per second meanwhile', refused / seconds, '/s');
    report.add('13 ratio of the limit to p50 under the flood', idle.p50Ms / Math.max(busy.p50Ms, 0.001), '');
  } finally {
    await service.stop();
  }
}
