import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROCESSES = join(__dirname, '../../processes');

/** A copy of the delivered models with some files replaced, as a policy owner would edit them. */
export function processesWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'processes-'));
  cpSync(PROCESSES, dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}
