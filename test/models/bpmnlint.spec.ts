import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const PROCESSES = join(root, 'processes');

/**
 * Every model a policy owner opens in the modeller is free of bpmnlint's recommended-rule problems
 * (.bpmnlintrc). Run as its command line runs it; bpmnlint is ES modules, which Jest's sandbox does not load.
 */
describe('process models pass bpmnlint (recommended)', () => {
  it.each(readdirSync(PROCESSES).filter((f) => f.endsWith('.bpmn')))('%s', async (file) => {
    const output = await new Promise<string>((resolve) =>
      execFile(join(root, 'node_modules/.bin/bpmnlint'), [join(PROCESSES, file)], { cwd: root }, (error, stdout, stderr) => resolve(error ? `${stdout}${stderr}`.trim() : '')),
    );
    expect(output).toBe('');
  });
});
