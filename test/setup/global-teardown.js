module.exports = async function globalTeardown() {
  const state = globalThis.__testDatabase;
  if (state?.embedded) {
    await state.embedded.server.stop();
    await state.embedded.db.close();
  } else if (state?.drop) {
    const { Client } = require('pg');
    const admin = new Client({ connectionString: state.admin });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.drop} WITH (FORCE)`);
    await admin.end();
  }
};
