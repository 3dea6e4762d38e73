// Lints source texts as if they were files of the workspace, in one ESLint (loading its plugins and
// Nx's project graph once): reads [{ file, code }] as JSON on stdin, writes each text's messages of the
// rule named in argv[2] as JSON on stdout. ESLint cannot load its plugins inside Jest's sandbox.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';

const [rule, root] = [process.argv[2], process.argv[3]];
const cases = JSON.parse(await text(process.stdin));
const eslint = new ESLint({ cwd: root });
const found = [];
for (const { file, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  found.push(result.messages.filter((m) => m.ruleId === rule).map((m) => m.message));
}
process.stdout.write(JSON.stringify(found));
