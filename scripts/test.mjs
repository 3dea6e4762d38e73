// `npm test`: every project's targets through Nx, lint and type check of the rest, then the whole Jest
// suite on the embedded database or, when TEST_DATABASE_URL names a PostgreSQL server, on that server
// and the database suites on the embedded one too, with a small run of the benchmarks alongside those.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
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
// use a database below the browser: the browser suites drive the same API those suites test on both,
// the unit and architecture tests use no database at all. Without a server everything runs embedded.
const suites = [];
if (process.env.TEST_DATABASE_URL) {
  suites.push({ title: `tests on PostgreSQL (${new URL(process.env.TEST_DATABASE_URL).host})`, args: [], env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL } });
  // Also once: what tries the layers above the database use: the HTTP layer (hostile input and its
  // properties, validation, headers, sign-in limits, the OpenAPI document), the model files (lint,
  // modeller compatibility, reference), every path of the models (scenarios) and the service process
  // (crash test). The database use below them is the one the API, phone, letters, timers and runtime
  // suites show on both databases.
  const above = ['hostile-input', 'access-and-validation', 'security-headers', 'sign-in-limits', 'sign-in-timing', 'openapi-contract'].map((name) => `<rootDir>/test/api/${name}`);
  const models = ['bpmnlint', 'camunda-modeler', 'model-reference'].map((name) => `<rootDir>/test/models/${name}`);
  // The PDFs of signed letters: LibreOffice's work, claimed with the same SQL as e-mail and timers.
  const pdfs = '<rootDir>/test/letters/letter-pdfs';
  // What needs a server: several service processes on one database, and the server going away.
  const server = ['service-processes', 'database-outage'].map((name) => `<rootDir>/test/api/${name}`);
  const onceEnough = ['/node_modules/', '<rootDir>/apps/', '<rootDir>/libs/', '<rootDir>/test/web/', '<rootDir>/test/architecture/', ...above, ...server, ...models, pdfs, '<rootDir>/test/scenarios/', '<rootDir>/test/chaos/'];
  suites.push({ title: 'tests of the database use on the embedded database', args: ['--testPathIgnorePatterns', ...onceEnough], env: {} });
} else {
  suites.push({ title: 'tests on the embedded database', args: [], env: {} });
}
let passed = 0;
let failed = 0;
let ok = targets && linted && typed;
const count = (fine) => {
  ok = fine && ok;
  if (fine) passed += 1;
  else failed += 1;
};
// The benchmarks are measured by hand (bench/README.md); here a tiny run only proves they still work. It
// runs alongside the embedded database's suites: it uses the PostgreSQL server, they use neither it nor
// the timings it prints. (Alongside the PostgreSQL suites it slows the browser tests past their limits.)
let benchmarks = null;
suites.forEach((suite, i) => {
  if (i === 1) benchmarks = smokeRunOfTheBenchmarks();
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
if (benchmarks) count(await benchmarks);
if (!linted) failed += 1;
if (!typed) failed += 1;
if (!targets) failed += 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);

/** `bench/run.ts` at BENCH_SCALE=0.02 in the background; its output is printed when it ends. */
function smokeRunOfTheBenchmarks() {
  const title = 'benchmark smoke run (BENCH_SCALE=0.02)';
  console.log(`\n== ${title}: started alongside the next suites; its output follows when it ends`);
  const log = join(results, 'bench.log');
  const out = openSync(log, 'w');
  const started = Date.now();
  const child = spawn(process.execPath, ['-r', join(root, 'scripts/register-ts.cjs'), join(root, 'bench/run.ts')], {
    cwd: root,
    stdio: ['ignore', out, out],
    env: { ...env, BENCH_SCALE: '0.02', BENCH_DATABASE_URL: process.env.TEST_DATABASE_URL, BENCH_RESULTS_DIR: results },
  });
  closeSync(out);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      console.log(`\n== ${title}`);
      process.stdout.write(readFileSync(log));
      console.log(`== ${title}: ${Math.round((Date.now() - started) / 1000)} s`);
      resolve(code === 0);
    }),
  );
}
