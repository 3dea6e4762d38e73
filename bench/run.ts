import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { measureFirstLoad } from './figures/first-load';
import { measureLetterPdfs } from './figures/letter-pdfs';
import { measureLetterRendering } from './figures/letter-rendering';
import { measureRawPipeline } from './figures/raw-pipeline';
import { measureServiceThroughput } from './figures/service-throughput';
import { measureStartUp } from './figures/start-up';
import { measureTaskCompletion } from './figures/task-completion';
import { measureTaskLists } from './figures/task-lists';
import { measureSignInFlood } from './figures/sign-in-flood';
import { measureTemplateRoundTrip } from './figures/template-round-trip';
import { measureTimers } from './figures/timers';
import { measureWaitingWork } from './figures/waiting-work';
import { BenchDatabase, createBenchDatabase } from './support/bench-database';
import { Report } from './support/report';
import { buildIfStale, startService } from './support/service-process';

/**
 * BENCH_SCALE (default 1) shortens or lengthens the run: the seconds of each in-process figure, the
 * requests of each load, the waiting instances and the timers all scale with it. Below 0.1 it is a
 * smoke run, which only proves the figures still work: figure 9's open tasks and the client counts of
 * figures 2 and 3 (at most 8) are cut down too, and the figures that start services of their own are
 * left out.
 */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SMOKE = SCALE < 0.1;
const CLIENTS = SMOKE ? [1, 8] : [1, 8, 32];
const MOST_CLIENTS = CLIENTS[CLIENTS.length - 1];
const SECONDS = 10 * SCALE;
const REQUESTS = Math.round(100 * SCALE);
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** `npm run bench`: every figure of bench/README.md, printed and written to bench/results/latest.json. */
async function main(): Promise<void> {
  const report = new Report();
  // The service runs from its build, as npm start runs it; figure 10 loads the web app's build.
  buildIfStale();
  console.log(`${'figure'.padEnd(58)} ${'value'.padStart(12)} unit`);
  await measureRawPipeline(report, SECONDS);
  await measureLetterRendering(report, SECONDS / 2);
  await measureLetterPdfs(report, Math.max(2, Math.round(10 * SCALE)), Math.max(1, Math.round(5 * SCALE)));

  const db = await createBenchDatabase(SERVER);
  try {
    const one = await startService(db.url);
    let single = 0;
    try {
      for (const clients of CLIENTS) single = await measureServiceThroughput(report, one, db.sql, clients, REQUESTS);
      await measureTaskCompletion(report, one, db.sql, MOST_CLIENTS);
      await measureTemplateRoundTrip(report, one, Math.max(5, Math.round(100 * SCALE)));
    } finally {
      await one.stop();
    }

    // Figures 5 to 8 and 13 start service processes of their own: a smoke run leaves them out, as it
    // would only show that a service starts, at the cost of several starts and a CPU-bound sign-in flood.
    if (!SMOKE) await figuresOfTheirOwnServices(report, db, single);

    // Figures 9 and 10 on a database of their own: its open tasks would change figure 5's.
    const lists = await createBenchDatabase(SERVER, 'lists');
    try {
      const service = await startService(lists.url);
      try {
        // 10,000 open tasks at any real scale (SQL copies them in seconds); 1,000 in the smoke run, which only proves the figure works.
        await measureTaskLists(report, service, lists.sql, SMOKE ? 1000 : 10_000, Math.round(2000 * SCALE));
        await measureFirstLoad(report, service);
      } finally {
        await service.stop();
      }
    } finally {
      await lists.drop();
    }
    const file = report.write(process.env.BENCH_RESULTS_DIR ?? join(__dirname, 'results'), { postgres: db.serverVersion, scale: SCALE });
    console.log(`\nWritten to ${file}`);
  } finally {
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/** Figures 13, 7, 8, 5 and 6: each starts the service processes it measures. */
async function figuresOfTheirOwnServices(report: Report, db: BenchDatabase, single: number): Promise<void> {
  await measureSignInFlood(report, db.url, Math.max(200, Math.round(2000 * SCALE)));

  const cores = availableParallelism();
  const many = await startService(db.url, { WORKERS: String(cores) });
  try {
    const spread = await measureServiceThroughput(report, many, db.sql, 32, REQUESTS, ` with ${cores} processes`);
    report.add(`7 speed-up of ${cores} processes over 1 (32 clients)`, spread / single, 'x');
  } finally {
    await many.stop();
  }
  await measureStartUp(report, db.url, 3);
  await measureWaitingWork(report, db.url, db.sql, [0, 10_000, 100_000].map((n) => Math.round(n * SCALE)));
  await measureTimers(report, db.url, db.sql, Math.round(10_000 * SCALE));
}
