/** One Jest run covers the libraries' unit tests and the integration suites under test/. */
const { readFileSync } = require('node:fs');
const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const { compilerOptions } = require('./tsconfig.base.json');

// The bpmn.io packages published only as ES modules, wherever npm placed them.
const ESM_ONLY = '(?:min-dash|moddle|moddle-xml|saxen)';

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // The web app's unit tests run in Vitest (nx test web); its pages are tested in the browser under test/web.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }],
    // Parts of bpmn.io the model checks use (bpmnlint, moddle) ship only as ES modules: Node loads those
    // with require, Jest's module system does not, so they are compiled to CommonJS here.
    [`/node_modules/${ESM_ONLY}/.+\\.js$`]: ['@swc/jest', { swcrc: false, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`^(?!.*/node_modules/${ESM_ONLY}/).*/node_modules/`],
  moduleNameMapper,
  globalSetup: '<rootDir>/test/setup/global-setup.js',
  globalTeardown: '<rootDir>/test/setup/global-teardown.js',
  // Each integration suite gets a database of its own, so suites run in parallel. A suite mostly waits
  // on its database and its browser, so more workers than cores pay off (Jest's default is one fewer).
  setupFilesAfterEnv: ['<rootDir>/test/setup/suite-database.ts'],
  maxWorkers: Math.max(2, require('node:os').availableParallelism() + 1),
  testTimeout: 60000,
};
