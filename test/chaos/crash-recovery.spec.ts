import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale, ServiceProcess, startService } from '../../bench/support/service-process';
import { processesWith } from '../support/processes-dir';
import { smtpSink } from '../support/smtp-sink';
import { ChaosClients, pause } from './chaos-clients';
import { seededRandom } from './chaos-random';
import { settled, Violation, violations } from './invariants';

// `npm test` runs a small crash test; `npm run chaos` a larger one (see RELIABILITY.md).
const FLOWS = Number(process.env.CHAOS_FLOWS ?? 10);
const KILLS = Number(process.env.CHAOS_KILLS ?? 3);
const CLIENTS = Number(process.env.CHAOS_CLIENTS ?? 4);
const SEED = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);
const MINUTES = Number(process.env.CHAOS_MINUTES ?? 4);

/**
 * The service killed with SIGKILL at random moments while staff report incidents, complete their tasks
 * and timers fall due, and started again on the same database each time. The flows run a model that
 * does in seconds what the protocol does in days (outside-hours-chaos.bpmn: an e-mail, a letter through
 * the shared letter sub-process, a task, a timer, a task). Afterwards every write the service
 * acknowledged exists, nothing was done twice, and every process has finished.
 */
describe('crash recovery', () => {
  jest.setTimeout((MINUTES + 2) * 60_000);
  beforeAll(() => buildIfStale(), 180_000);

  it(`keeps every acknowledged write and does nothing twice through ${KILLS} kills (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const sink = await smtpSink();
    const databaseUrl = process.env.TEST_DB_URL!;
    const env = {
      PROCESSES_DIR: processesWith({ 'outside-hours.bpmn': readFileSync(join(__dirname, 'outside-hours-chaos.bpmn'), 'utf8') }),
      TIMER_POLL_MS: '100',
      SMTP_URL: sink.url,
      MAIL_POLL_MS: '100',
      // A mail a killed process had claimed is sent by the next one after this lease.
      MAIL_CLAIM_SECONDS: '2',
      LETTER_PDF_POLL_MS: '0',
      DATABASE_POOL_SIZE: process.env.TEST_DB_EMBEDDED ? '1' : '10',
      SIGN_IN_ATTEMPTS_PER_ADDRESS: '100000',
      SEED_DEMO: 'false',
    };
    let service: ServiceProcess = await startService(databaseUrl, env);
    let up = true;
    const clients = new ChaosClients(() => (up ? service.url : null), random);
    const deadline = Date.now() + MINUTES * 60_000;
    let running = true;
    const flows = clients.run(FLOWS, CLIENTS, deadline).finally(() => (running = false));

    let kills = 0;
    const restarts: number[] = [];
    const midway: Violation[] = [];
    const killer = (async () => {
      while (kills < KILLS && running) {
        await pause(300 + random() * 1500);
        if (!running) break;
        await service.kill();
        up = false;
        kills++;
        const started = Date.now();
        service = await startService(databaseUrl, env);
        up = true;
        restarts.push(Date.now() - started);
        // What the killed process left must hold at once, not only once everything has finished.
        midway.push(...(await violations(databaseUrl, clients.acknowledged)));
      }
    })();

    try {
      await Promise.all([flows, killer]);
      const cases = clients.acknowledged.incidents.map((i) => i.id);
      // The last e-mails go out shortly after the last step.
      while ((await settled(databaseUrl, cases)).unsent > 0 && Date.now() < deadline) await pause(200);
      const found = [...midway, ...(await violations(databaseUrl, clients.acknowledged))];
      const outbox = sink.messageIds();
      const redelivered = outbox.length - new Set(outbox).size;
      console.log(
        `crash test (seed ${SEED}): ${clients.acknowledged.incidents.length} flows, ${kills} kills (restarts ${restarts.join(', ')} ms), ` +
          `${clients.counts.requests} requests (${clients.counts.cutOff} cut off by a kill, ${clients.counts.refused} refused while down, ${clients.counts.unavailable} answered 503), ` +
          `${clients.counts.serverErrors.length} other 5xx, ${outbox.length} e-mails received (${redelivered} again after a kill), ${found.length} violations`,
      );
      expect(found).toEqual([]);
      expect(clients.counts.serverErrors).toEqual([]);
      expect(clients.acknowledged.incidents).toHaveLength(FLOWS);
      expect(await settled(databaseUrl, cases)).toEqual({ open: 0, unsent: 0 });
      expect(kills).toBeGreaterThan(0);
    } finally {
      await service.stop();
      await sink.close();
    }
  });
});
