// `npm start`: install what is missing, build the web app and the service if they are stale, then run the
// service's build (dist/apps/api/main.js). The service migrates the database (embedded unless
// DATABASE_URL is set), seeds the demo users, and serves the web app at / and the API at /api.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { ensureDeps } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps(root);
buildIfStale(root, 'web');
buildIfStale(root, 'api');
const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], { cwd: root, stdio: 'inherit', env: { SEED_DEMO: 'true', ...process.env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
