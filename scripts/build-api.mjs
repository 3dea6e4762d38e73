// The service's build (Nx target api:build): plain JavaScript in dist/apps/api that `node dist/apps/api/main.js`
// runs, so that the service no longer compiles TypeScript each time it starts.
//
// It compiles with SWC, the compiler the service ran on until now (@swc-node/register), with the same
// settings: tsconfig.base.json's target, legacy decorators with their design-time metadata (Nest,
// TypeORM and class-validator read it) and class fields as ES2022 defines them. SWC rewrites the
// workspace's path aliases (`@ap/...`) into relative requires, so the build keeps the workspace's tree:
// apps/api/src, the libraries and the migrations each in their place under dist/apps/api, beside the
// entry point main.js. Only what the service's entry point requires, file by file, is compiled: no
// tests, no fixtures. Type checking is `npm run typecheck`'s job, as it was.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFile } from '@swc/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/apps/api');
const entry = join(root, 'apps/api/src/main.ts');

const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
const baseUrl = resolve(root, compilerOptions.baseUrl ?? '.');
const paths = Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((t) => resolve(baseUrl, t))]));

function options(file, outFile) {
  return {
    swcrc: false,
    filename: file,
    sourceMaps: true,
    sourceFileName: relative(dirname(outFile), file),
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
      target: compilerOptions.target.toLowerCase(),
      keepClassNames: true,
      baseUrl,
      paths,
    },
    module: { type: 'commonjs' },
  };
}

/** The TypeScript file a relative require of the compiled code names, if it is one of ours. */
function sourceOf(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  if (existsSync(base) && statSync(base).isFile()) return null; // a JSON file or plain JavaScript: not ours to compile
  throw new Error(`${relative(root, fromFile)} requires ${specifier}, which is no TypeScript file of the workspace`);
}

async function build() {
  const started = performance.now();
  rmSync(out, { recursive: true, force: true });
  const seen = new Set([entry]);
  let queue = [entry];
  while (queue.length) {
    const next = [];
    await Promise.all(
      queue.map(async (file) => {
        const outFile = join(out, relative(root, file)).replace(/\.ts$/, '.js');
        const { code, map } = await transformFile(file, options(file, outFile));
        mkdirSync(dirname(outFile), { recursive: true });
        writeFileSync(outFile, `${code}\n//# sourceMappingURL=${outFile.split('/').pop()}.map\n`);
        writeFileSync(`${outFile}.map`, map);
        for (const [, specifier] of code.matchAll(/require\("(\.{1,2}\/[^"]*|\.{1,2})"\)/g)) {
          const source = sourceOf(file, specifier);
          if (source && !seen.has(source)) {
            seen.add(source);
            next.push(source);
          }
        }
      }),
    );
    queue = next;
  }
  writeFileSync(
    join(out, 'main.js'),
    `// The service's entry point (scripts/build-api.mjs): \`node dist/apps/api/main.js\`.\nrequire('./${relative(out, join(out, relative(root, entry))).replace(/\.ts$/, '')}');\n`,
  );
  console.log(`Compiled the service: ${seen.size} files into ${relative(root, out)} in ${Math.round(performance.now() - started)} ms`);
}

build().catch((err) => {
  console.error(err);
  process.exit(1);
});
