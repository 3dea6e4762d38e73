// `npm test`: every project's targets through Nx, lint and type check of the rest, then the whole Jest
// suite on the embedded database or, when TEST_DATABASE_URL names a PostgreSQL server, on that server
// and the database suites on the embedded one too, followed by a small run of the benchmarks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps(root);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
delete env.DATABASE_URL; // tests never touch the database the service is configured with

function run(title, command, args, extraEnv = {}, stdio = 'inherit') {
  console.log(`\n== ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio, env: { ...env, ...extraEnv } });
  console.log(`== ${title}: ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status === 0;
}

// Nx runs every project's targets from its cache: lint (with the library boundaries) of each project,
// the web app's type check, unit tests and build (the browser tests use the build) and the service's
// build (the tests of its processes start it). What belongs to no project (the integration tests,
// the benchmarks, the scripts) is linted directly, and one type check covers the whole workspace.
const targets = run('lint, type check, unit tests and builds of every project (Nx)', bin('nx'), ['run-many', '-t', 'lint', 'typecheck', 'test', 'build', '--outputStyle=static']);
const linted = run('lint of the tests, benchmarks and scripts', bin('eslint'), ['--max-warnings=0', 'test', 'bench', 'scripts', 'eslint.config.mjs', 'jest.config.js']);
const typed = run('type check', bin('tsc'), ['-p', 'tsconfig.base.json', '--noEmit']);

const results = mkdtempSync(join(tmpdir(), 'agressieprotocol-jest-'));
// With a PostgreSQL server every suite runs on it, and the embedded database then runs the suites that
// use a database below the browser: the browser suites drive the same API those suites test on both, and
// the unit and architecture tests use no database at all. Without a server everything runs embedded.
const suites = [];
if (process.env.TEST_DATABASE_URL) {
  suites.push({ title: `tests on PostgreSQL (${new URL(process.env.TEST_DATABASE_URL).host})`, args: [], env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL } });
  const onceEnough = ['/node_modules/', '<rootDir>/apps/', '<rootDir>/libs/', '<rootDir>/test/web/', '<rootDir>/test/architecture/'];
  // The property tests try their many inputs on PostgreSQL; on the embedded database fewer show it stores nothing on refusal there too.
  suites.push({ title: 'tests of the database use on the embedded database', args: ['--testPathIgnorePatterns', ...onceEnough], env: { PROPERTY_RUNS: '10' } });
} else {
  suites.push({ title: 'tests on the embedded database', args: [], env: {} });
}
let passed = 0;
let failed = 0;
let ok = targets && linted && typed;
suites.forEach((suite, i) => {
  const output = join(results, `run-${i}.json`);
  const env = { ...suite.env };
  if (!suite.env.TEST_DATABASE_URL) env.TEST_DATABASE_URL = '';
  ok = run(suite.title, process.execPath, [bin('jest'), ...suite.args, '--json', `--outputFile=${output}`], env) && ok;
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  } catch {
    failed += 1;
  }
});
// The benchmarks are measured by hand (bench/README.md); here a tiny run only proves they still work.
if (process.env.TEST_DATABASE_URL) {
  const benched = run('benchmark smoke run (BENCH_SCALE=0.05)', process.execPath, ['-r', join(root, 'scripts/register-ts.cjs'), join(root, 'bench/run.ts')], {
    BENCH_SCALE: '0.05',
    BENCH_DATABASE_URL: process.env.TEST_DATABASE_URL,
    BENCH_RESULTS_DIR: results,
  });
  ok = benched && ok;
  if (benched) passed += 1;
  else failed += 1;
}
if (!linted) failed += 1;
if (!typed) failed += 1;
if (!targets) failed += 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
