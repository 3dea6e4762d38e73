import { execFile } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/**
 * The library boundaries hold because lint enforces them: these imports, placed in the files where
 * they are forbidden, must be reported (and `npm test` runs lint on the real tree).
 */
describe('library boundaries', () => {
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

  // The boundary rule reads Nx's project graph; computing it here lets this file run on its own too.
  beforeAll(
    () => new Promise<void>((resolve, reject) => execFile(join(root, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: root, env }, (error) => (error ? reject(error) : resolve()))),
    120_000,
  );

  // ESLint runs as `npm test` runs it, in its own process (it cannot load its plugins inside Jest's sandbox).
  function problems(file: string, code: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        join(root, 'node_modules/.bin/eslint'),
        ['--format', 'json', '--stdin', '--stdin-filename', join(root, file)],
        { cwd: root, env },
        (error, stdout) => {
          if (error && !stdout) return reject(error);
          const [result] = JSON.parse(stdout);
          resolve(result.messages.filter((m: any) => m.ruleId === '@nx/enforce-module-boundaries').map((m: any) => m.message));
        },
      );
      child.stdin!.end(code);
    });
  }

  it('keeps the workflow engine free of the domains, Nest and the database', async () => {
    const found = await problems(
      'libs/workflow/engine/src/forbidden.ts',
      `import { ProtocolModule } from '@ap/protocol';\nimport { LettersService } from '@ap/letters';\nimport { Injectable } from '@nestjs/common';\nimport { DataSource } from 'typeorm';\nexport const x = [ProtocolModule, LettersService, Injectable, DataSource];\n`,
    );
    expect(found).toHaveLength(4);
  });

  it('lets only the persistence library import TypeORM', async () => {
    for (const file of ['libs/protocol/src/x.ts', 'libs/letters/src/x.ts', 'libs/workflow/runtime/src/x.ts', 'apps/api/src/x.ts', 'libs/auth/src/x.ts']) {
      expect(await problems(file, `import { DataSource } from 'typeorm';\nexport const x = DataSource;\n`)).toHaveLength(1);
    }
    expect(await problems('libs/persistence/src/x.ts', `import { DataSource } from 'typeorm';\nexport const x = DataSource;\n`)).toEqual([]);
  });

  it('keeps the letters library independent of the protocol domain', async () => {
    expect(await problems('libs/letters/src/x.ts', `import { CHANNELS } from '@ap/protocol';\nexport const x = CHANNELS;\n`)).toHaveLength(1);
  });
});
