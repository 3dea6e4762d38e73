// `npm start`: install what is missing, build the web app if it is stale, then run the service. The
// service migrates the database (embedded unless DATABASE_URL is set), seeds the demo users, and serves
// the web app at / and the API at /api.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from './build-web.mjs';
import { ensureDeps } from './ensure-deps.mjs';
import { runTs } from './run-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps(root);
buildWebIfStale(root);
runTs('apps/api/src/main.ts', { SEED_DEMO: 'true' });
