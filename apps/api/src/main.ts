import 'reflect-metadata';
import cluster from 'node:cluster';
import { loadConfig } from './config/app-config';
import { serveCluster, WORKER_READY } from './serve/serve-cluster';
import { serveOne } from './serve/serve-one';

/** Starts the service: one process, or with WORKERS a primary and that many service processes. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.workers === 1) return serveOne(config, { prepare: true });
  if (!config.databaseUrl) {
    throw new Error(`WORKERS=${config.workers} needs DATABASE_URL: the embedded database serves one service process. Set DATABASE_URL to a PostgreSQL server, or leave WORKERS unset.`);
  }
  if (cluster.isPrimary) return serveCluster({ ...config, databaseUrl: config.databaseUrl });
  await serveOne(config, { prepare: false });
  process.send?.(WORKER_READY);
}

main().catch((err) => {
  // A broken model or template must stop the start-up with its message, not a stack of framework frames.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
