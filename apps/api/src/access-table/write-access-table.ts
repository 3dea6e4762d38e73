import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { accessTable, routePolicies, withAccessTable } from '@ap/auth';
import { withThrowawayApi } from '../serve/throwaway-api';

/**
 * `npm run access-table`: writes the README's table of who may read and change what, from the routes'
 * policies in the running service. `--check` compares instead of writing and fails when it is out of date.
 */
async function main(args: string[]): Promise<void> {
  const readmeFile = join(resolve(__dirname, '../../../..'), 'README.md');
  const table = await withThrowawayApi(async (app) => accessTable(routePolicies(app)));
  const readme = readFileSync(readmeFile, 'utf8');
  const content = withAccessTable(readme, table);
  if (!args.includes('--check')) writeFileSync(readmeFile, content);
  else if (readme !== content) {
    console.error(`${readmeFile} is out of date: run \`npm run access-table\` and commit the result`);
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exit(1);
});
