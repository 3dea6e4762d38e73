// Builds the web app (Nx target web:build) when its build is missing or older than its sources, so that
// `npm start` serves what the sources say without building on every start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['apps/web', 'libs/contracts/src'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function buildWebIfStale(root) {
  const built = join(root, 'dist/apps/web/index.html');
  const sources = Math.max(...SOURCES.map((p) => newest(join(root, p))), statSync(join(root, 'package-lock.json')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the web app…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/.bin/nx'), 'build', 'web', '--skip-nx-cache'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
