import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';

const ROOT = join(__dirname, '../..');

/** The service as `npm start` runs it, from its build, in a process of its own, with the output it writes. */
function startService(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH!, JWT_SECRET: 'test-secret', TIMER_POLL_MS: '0', DATA_DIR: '/tmp/agressieprotocol-test', ...env },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function workersOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('service processes (WORKERS)', () => {
  beforeAll(() => {
    // npm test builds the service before Jest; run alone, this suite builds it when it is stale.
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-if-stale.mjs'), 'api'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`The service's build failed:\n${build.stdout}${build.stderr}`);
  }, 120_000);

  it('refuses several processes on the embedded database, and a WORKERS that is not a number', async () => {
    const embedded = startService({ WORKERS: '2' });
    expect(await embedded.exited).toBe(1);
    expect(embedded.output()).toMatch(/WORKERS=2 needs DATABASE_URL/);

    const malformed = startService({ WORKERS: 'twee', DATABASE_URL: process.env.TEST_DB_URL! });
    expect(await malformed.exited).toBe(1);
    expect(malformed.output()).toMatch(/WORKERS must be a whole number of at least 1, or "auto"; it is "twee"/);
  });

  it('serves from two processes on one database, replaces one that dies, and stops them all', async () => {
    const port = await freePort();
    const service = startService({
      WORKERS: '2',
      PORT: String(port),
      DATABASE_URL: process.env.TEST_DB_URL!,
      // The embedded database of the test run takes one statement at a time.
      DATABASE_POOL_SIZE: process.env.TEST_DB_EMBEDDED ? '1' : '4',
    });
    try {
      await until('two service processes', () => (/2 service processes serve/.test(service.output()) ? true : undefined));
      const [first, second] = workersOf(service.child.pid!);
      expect(second).toBeDefined();

      const url = `http://127.0.0.1:${port}`;
      const login = await request(url).post('/api/auth/login').send({ username: 'afdelingshoofd', password: 'demo' }).expect(200);
      // A new connection each time, and the cluster hands them to the processes in turn: each must
      // accept the token the other signed.
      for (let i = 0; i < 4; i++) await request(url).get('/api/tasks').set('authorization', `Bearer ${login.body.accessToken}`).expect(200);

      process.kill(first, 'SIGKILL');
      const replaced = await until('a replacement process', () => {
        const now = workersOf(service.child.pid!);
        return now.length === 2 && !now.includes(first) ? now : undefined;
      });
      expect(replaced).toContain(second);
      expect(service.output()).toMatch(new RegExp(`Service process ${first} stopped \\(SIGKILL\\); starting another`));
    } finally {
      service.child.kill('SIGTERM');
    }
    expect(await service.exited).toBe(0);
  });
});
