// `npm run chaos`: the crash test of test/chaos at a larger scale than `npm test` runs it: many flows,
// many kills. CHAOS_FLOWS, CHAOS_KILLS, CHAOS_CLIENTS, CHAOS_MINUTES and CHAOS_SEED override; with
// TEST_DATABASE_URL it runs on that PostgreSQL server, else on the embedded database.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps(root);
const env = { CHAOS_FLOWS: '100', CHAOS_KILLS: '25', CHAOS_CLIENTS: '8', CHAOS_MINUTES: '20', ...process.env, NX_DAEMON: 'false' };
const jest = join(root, 'node_modules', '.bin', 'jest');
const result = spawnSync(process.execPath, [jest, 'test/chaos'], { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);
