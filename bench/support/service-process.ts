import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
// Every service process of the run signs and accepts the same tokens; nothing is written to disk.
const SECRET = randomBytes(32).toString('hex');

export interface ServiceProcess {
  url: string;
  /** From spawning the service to its first answer on /api/health. */
  readyMs: number;
  /** Resident memory of the service: its process plus its workers, if any. */
  rssBytes(): number;
  stop(): Promise<void>;
  /** Kills it with SIGKILL, as a power cut or the OOM killer would, and waits until it is gone. */
  kill(): Promise<void>;
}

/** How the service runs: from its build, as `npm start` runs it, or from the TypeScript sources, compiled as they load. */
export type ServiceFrom = 'build' | 'sources';

const ENTRY: Record<ServiceFrom, string[]> = {
  build: [join(ROOT, 'dist/apps/api/main.js')],
  sources: ['-r', join(ROOT, 'scripts/register-ts.cjs'), join(ROOT, 'apps/api/src/main.ts')],
};

/** Builds the service and the web app when stale, as `npm start` does before it starts the service. */
export function buildIfStale(): void {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-if-stale.mjs'), 'api', 'web'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('Building the service or the web app failed');
}

/**
 * Starts the service as `npm start` does (without the install and build steps: see buildIfStale) and
 * waits until it answers. `from: 'sources'` runs the TypeScript instead, as `npm run serve` does.
 */
export async function startService(databaseUrl: string, env: Record<string, string> = {}, from: ServiceFrom = 'build'): Promise<ServiceProcess> {
  const port = await freePort();
  const started = performance.now();
  // BENCH_PROFILE_DIR: every service process writes a CPU profile there when it stops (see bench/README.md).
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, ...ENTRY[from]], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SEED_DEMO: 'true', JWT_SECRET: SECRET, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(url, child, () => errors);
  const readyMs = performance.now() - started;
  return {
    url,
    readyMs,
    rssBytes: () => [child.pid!, ...childrenOf(child.pid!)].reduce((sum, pid) => sum + rssOf(pid), 0),
    stop: () => stop(child),
    kill: () => kill(child),
  };
}

async function waitUntilHealthy(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The service stopped during start-up (exit ${child.exitCode}):\n${errors()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  throw new Error(`The service did not answer within 120 s:\n${errors()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * A free port below Linux's ephemeral range (32768 and up). The service binds it only seconds later, once
 * it has started: a port from the ephemeral range could meanwhile be handed to another server listening
 * on port 0 (a test app), and the two would share it.
 */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await isFree(port)) return port;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

// Linux's process table: the benchmark runs on the machines the product is served from.
function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
