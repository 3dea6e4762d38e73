import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Every integration suite (a file under test/) runs on a database of its own, copied from the template
 * global-setup prepared: a new database from the template on a PostgreSQL server, or a PGlite process
 * loaded from the template's dump. `TEST_DB_URL` names it while the suite runs.
 */
const integration = expect.getState().testPath?.startsWith(join(__dirname, '..') + '/') ?? false;
let drop: (() => Promise<void>) | null = null;

beforeAll(async () => {
  if (!integration) return;
  const database = process.env.TEST_DB_TEMPLATE_DUMP ? await embeddedCopy(process.env.TEST_DB_TEMPLATE_DUMP) : await serverCopy(process.env.TEST_DATABASE_URL!, process.env.TEST_DB_TEMPLATE!);
  process.env.TEST_DB_URL = database.url;
  drop = database.drop;
}, 60_000);

afterAll(async () => {
  await drop?.();
});

async function serverCopy(server: string, template: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${template}_${process.env.JEST_WORKER_ID ?? 0}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    // Two copies of one template at the same moment can collide ("being accessed by other users"): try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (err) {
        if (attempt === 10 || (err as { code?: string }).code !== '55006') throw err;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function embeddedCopy(dump: string): Promise<{ url: string; drop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'embedded-database.js'), dump], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.once('exit', (code) => reject(new Error(`the suite's embedded database stopped (exit code ${code})`)));
  });
  return {
    url,
    drop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}
