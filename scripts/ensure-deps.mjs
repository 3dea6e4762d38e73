// Installs the npm dependencies when they are missing or older than the lock file, so that a fresh
// clone needs nothing but Node.js before `npm start` or `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function ensureDeps(root) {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // `npm install` from the lock file rather than `npm ci`: the lock file lists only the native
  // packages the registry serves (SWC's binaries for other platforms are optional and may be absent),
  // which `npm ci` refuses as out of sync. --no-save keeps the lock file as committed.
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--no-save'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
