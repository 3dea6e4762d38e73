// Builds the web app (Nx target web:build) and the service (api:build) when a build is missing or older
// than its sources, so that `npm start` runs what the sources say without building on every start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILDS = {
  web: { title: 'the web app', built: 'dist/apps/web/index.html', sources: ['apps/web', 'libs/contracts/src', 'libs/bpmnlint-plugin-agressieprotocol', '.bpmnlintrc'], skipCache: true },
  // Every library: the service uses nearly all of them, and a stale check that misses one would serve old code.
  api: { title: 'the service', built: 'dist/apps/api/main.js', sources: ['apps/api/src', 'libs', 'migrations', 'tsconfig.base.json', 'scripts/build-api.mjs'], skipCache: false },
};

// Tools' caches inside a project (Vite's node_modules/.vite-temp, written by every test run) are not sources.
const NOT_SOURCES = new Set(['node_modules']);

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).filter((name) => !NOT_SOURCES.has(name)).map((name) => newest(join(path, name))));
}

/** Builds `project` (web or api) through Nx if its build is missing or older than its sources; exits on failure. */
export function buildIfStale(root, project) {
  const { title, built, sources, skipCache } = BUILDS[project];
  const marker = join(root, built);
  const newestSource = Math.max(...sources.map((p) => newest(join(root, p))), statSync(join(root, 'package-lock.json')).mtimeMs);
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestSource) return;
  console.log(`Building ${title}…`);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/.bin/nx'), 'run', `${project}:build`, ...(skipCache ? ['--skip-nx-cache'] : [])], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // Nx leaves outputs that already match its cache untouched: mark the build as checked now.
  const now = new Date();
  utimesSync(marker, now, now);
}

// `node scripts/build-if-stale.mjs api web`: the same from the command line (the tests and the benchmark).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const project of process.argv.slice(2)) {
    if (!BUILDS[project]) throw new Error(`No build for "${project}": name ${Object.keys(BUILDS).join(' or ')}`);
    buildIfStale(root, project);
  }
}
