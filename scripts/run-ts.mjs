// Runs a TypeScript entry point of the workspace in a child process (SWC, path aliases), after
// installing what is missing; passes Ctrl-C and SIGTERM on and exits with the child's code.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

export function runTs(file, env = {}) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  ensureDeps(root);
  const child = spawn(process.execPath, ['-r', join(root, 'scripts/register-ts.cjs'), join(root, file)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...process.env },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
