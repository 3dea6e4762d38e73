// Prepares a template database once per run: the embedded one by default, or a database on the
// PostgreSQL server named by TEST_DATABASE_URL. Each suite then gets its own copy (suite-database.ts),
// so suites run in parallel and one suite's clock or timers never touch another's data.
// Never touches DATABASE_URL. Plain JavaScript because Jest loads this file outside its module mapping.
const { execFile } = require('node:child_process');
const { mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { promisify } = require('node:util');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

/** Migrates and seeds the database at `url` in a process of its own (the embedded one answers from this process). */
function prepare(url) {
  return promisify(execFile)(process.execPath, ['-r', path.join(root, 'scripts/register-ts.cjs'), path.join(root, 'test/setup/prepare-database.ts')], {
    env: { ...process.env, TEST_DB_URL: url },
  });
}

module.exports = async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    const { Client } = require('pg');
    const server = new URL(process.env.TEST_DATABASE_URL);
    const name = `agressieprotocol_test_${process.pid}`;
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const template = new URL(server);
    template.pathname = `/${name}`;
    await prepare(template.toString());
    process.env.TEST_DB_TEMPLATE = name;
    globalThis.__testDatabase = { drop: name, admin: process.env.TEST_DATABASE_URL };
    console.log(`\nTests run on PostgreSQL server ${server.host}, each suite in a copy of database ${name}`);
  } else {
    const { PGlite } = require('@electric-sql/pglite');
    const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
    const db = await PGlite.create();
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 64 });
    await server.start();
    await prepare(`postgres://postgres@${server.getServerConn()}/postgres`);
    await server.stop();
    const dump = path.join(mkdtempSync(path.join(tmpdir(), 'agressieprotocol-test-')), 'template.tar');
    writeFileSync(dump, Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer()));
    await db.close();
    process.env.TEST_DB_TEMPLATE_DUMP = dump;
    process.env.TEST_DB_EMBEDDED = 'true';
    globalThis.__testDatabase = { dump };
    console.log('\nTests run on the embedded database (PGlite), each suite in a copy of its own');
  }
};
