// Prepares one database for the whole run: the embedded one (in memory) by default, or a fresh
// database on the PostgreSQL server named by TEST_DATABASE_URL. Never touches DATABASE_URL.
// Plain JavaScript because Jest loads this file outside its module mapping.
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const path = require('node:path');

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, '../..');
  let url;
  if (process.env.TEST_DATABASE_URL) {
    const { Client } = require('pg');
    const server = new URL(process.env.TEST_DATABASE_URL);
    const name = `agressieprotocol_test_${process.pid}`;
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    server.pathname = `/${name}`;
    url = server.toString();
    globalThis.__testDatabase = { drop: name, admin: process.env.TEST_DATABASE_URL };
    console.log(`\nTests run on PostgreSQL server ${server.host}, database ${name}`);
  } else {
    const { PGlite } = require('@electric-sql/pglite');
    const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
    const db = await PGlite.create();
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 64 });
    await server.start();
    url = `postgres://postgres@${server.getServerConn()}/postgres`;
    globalThis.__testDatabase = { embedded: { db, server } };
    console.log('\nTests run on the embedded database (PGlite)');
  }
  // Asynchronously: the embedded database answers from this very process.
  await promisify(execFile)(process.execPath, ['-r', path.join(root, 'scripts/register-ts.cjs'), path.join(root, 'test/setup/prepare-database.ts')], {
    env: { ...process.env, TEST_DB_URL: url },
  });
  process.env.TEST_DB_URL = url;
  if (globalThis.__testDatabase.embedded) process.env.TEST_DB_EMBEDDED = 'true';
};
