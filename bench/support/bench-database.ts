import { Client } from 'pg';

export interface BenchDatabase {
  url: string;
  /** A connection of the benchmark's own, for counting and seeding. */
  sql: Client;
  serverVersion: string;
  drop(): Promise<void>;
}

/**
 * A fresh database on the PostgreSQL server named by BENCH_DATABASE_URL (default: the local server),
 * dropped again at the end, so the benchmark leaves nothing behind. `suffix` names a second one.
 */
export async function createBenchDatabase(serverUrl: string, suffix = ''): Promise<BenchDatabase> {
  const name = `agressieprotocol_bench_${process.pid}${suffix ? `_${suffix}` : ''}`;
  const admin = new Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`The benchmark needs a PostgreSQL server: ${serverUrl} does not answer (${(err as Error).message}). Set BENCH_DATABASE_URL.`);
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const [{ server_version: serverVersion }] = (await admin.query('SHOW server_version')).rows;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const sql = new Client({ connectionString: url.toString() });
  await sql.connect();
  return {
    url: url.toString(),
    sql,
    serverVersion,
    async drop() {
      await sql.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The first column of the first row, as a number. */
export async function scalar(sql: Client, query: string, params: unknown[] = []): Promise<number> {
  const { rows } = await sql.query(query, params);
  return Number(Object.values(rows[0])[0]);
}
