// One suite's embedded database in a process of its own (PGlite cannot start inside Jest's sandbox):
// loads the prepared template (migrated and seeded, see global-setup), serves it on loopback, prints
// its URL, and stops when its parent closes the pipe or sends SIGTERM.
const { readFileSync } = require('node:fs');
const { PGlite } = require('@electric-sql/pglite');
const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');

async function main(template) {
  const db = await PGlite.create({ loadDataDir: new Blob([readFileSync(template)]) });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 64 });
  await server.start();
  process.stdout.write(`postgres://postgres@${server.getServerConn()}/postgres\n`);
  const stop = async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});
