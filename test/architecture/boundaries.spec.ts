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

  const TYPEORM = `import { DataSource } from 'typeorm';\nexport const x = DataSource;\n`;
  const ENGINE_FORBIDDEN = `import { ProtocolModule } from '@ap/protocol';\nimport { LettersService } from '@ap/letters';\nimport { Injectable } from '@nestjs/common';\nimport { DataSource } from 'typeorm';\nexport const x = [ProtocolModule, LettersService, Injectable, DataSource];\n`;
  const TYPEORM_ELSEWHERE = ['libs/protocol/src/x.ts', 'libs/letters/src/x.ts', 'libs/workflow/runtime/src/x.ts', 'apps/api/src/x.ts', 'libs/auth/src/x.ts'];
  const cases = [
    { file: 'libs/workflow/engine/src/forbidden.ts', code: ENGINE_FORBIDDEN },
    ...TYPEORM_ELSEWHERE.map((file) => ({ file, code: TYPEORM })),
    { file: 'libs/persistence/src/x.ts', code: TYPEORM },
    { file: 'libs/letters/src/x.ts', code: `import { CHANNELS } from '@ap/protocol';\nexport const x = CHANNELS;\n` },
  ];
  let found: string[][];

  // ESLint runs as `npm test` runs it, in a process of its own, once for all the texts above.
  beforeAll(
    () =>
      new Promise<void>((resolve, reject) => {
        const child = execFile(process.execPath, [join(__dirname, 'lint-texts.mjs'), '@nx/enforce-module-boundaries', root], { cwd: root, env, maxBuffer: 1 << 24 }, (error, stdout) => {
          if (error) return reject(error);
          found = JSON.parse(stdout);
          resolve();
        });
        child.stdin!.end(JSON.stringify(cases));
      }),
    120_000,
  );
  const problems = (file: string, code: string) => found[cases.findIndex((c) => c.file === file && c.code === code)];

  it('keeps the workflow engine free of the domains, Nest and the database', () => {
    expect(problems('libs/workflow/engine/src/forbidden.ts', ENGINE_FORBIDDEN)).toHaveLength(4);
  });

  it('lets only the persistence library import TypeORM', () => {
    for (const file of TYPEORM_ELSEWHERE) expect(problems(file, TYPEORM)).toHaveLength(1);
    expect(problems('libs/persistence/src/x.ts', TYPEORM)).toEqual([]);
  });

  it('keeps the letters library independent of the protocol domain', () => {
    expect(problems('libs/letters/src/x.ts', `import { CHANNELS } from '@ap/protocol';\nexport const x = CHANNELS;\n`)).toHaveLength(1);
  });
});
