const { rmSync } = require('node:fs');
const path = require('node:path');

module.exports = async function globalTeardown() {
  const state = globalThis.__testDatabase;
  if (state?.dump) {
    rmSync(path.dirname(state.dump), { recursive: true, force: true });
  } else if (state?.drop) {
    const { Client } = require('pg');
    const admin = new Client({ connectionString: state.admin });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.drop} WITH (FORCE)`);
    await admin.end();
  }
};
