import cluster, { Worker } from 'node:cluster';
import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { prepareDatabase } from './prepare-database';

/** What a worker tells its primary once it serves. */
export const WORKER_READY = 'agressieprotocol:ready';

/**
 * The primary of WORKERS service processes: it migrates and seeds once, then starts the workers, which share the
 * port (node's cluster hands out connections) and the database. A worker that fails to start stops the
 * whole service with its message; one that dies later is replaced. Timers and e-mail are shared through
 * row locks, so any number of workers fire each timer and send each e-mail once.
 */
export async function serveCluster(config: AppConfig & { databaseUrl: string }): Promise<void> {
  const logger = new Logger('Main');
  await prepareDatabase(config, config.databaseUrl);

  const ready = new Set<number>();
  let stopping = false;
  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message) => {
      if (message !== WORKER_READY) return;
      ready.add(worker.id);
      if (ready.size === config.workers) logger.log(`${config.workers} service processes serve on http://localhost:${config.port}/api`);
    });
    worker.on('exit', (code, signal) => {
      const wasReady = ready.delete(worker.id);
      if (stopping) return;
      if (!wasReady) {
        // It failed to start (a broken model, say): its message is above; the others would fail alike.
        stopping = true;
        for (const other of Object.values(cluster.workers ?? {})) other?.kill('SIGTERM');
        process.exitCode = 1;
        return;
      }
      logger.error(`Service process ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another`);
      fork();
    });
    return worker;
  };
  for (let i = 0; i < config.workers; i++) fork();

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
    });
  }
}
