import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATALOG_FILE, catalogJson, deliveredModels, ModelDeployment, referenceTables, withReferenceTables, withTraceabilityTable } from '@ap/workflow-runtime';
import { withThrowawayApi } from '../serve/throwaway-api';

/**
 * `npm run model-reference`: writes what is derived from the declarations of the topics and forms and from
 * the models in processes/: the catalog the command line's bpmnlint checks against, the README's tables, and
 * its table of the protocol's paragraphs with the model elements citing each.
 * `--check` compares instead of writing and fails when either is out of date.
 */
async function main(args: string[]): Promise<void> {
  const root = resolve(__dirname, '../../../..');
  const catalog = await withThrowawayApi((app) => app.get(ModelDeployment).catalog());
  const readmeFile = join(root, 'README.md');
  const models = await deliveredModels(join(root, 'processes'));
  const readme = withTraceabilityTable(withReferenceTables(readFileSync(readmeFile, 'utf8'), referenceTables(catalog)), models);
  const files = { [join(root, CATALOG_FILE)]: catalogJson(catalog), [readmeFile]: readme };
  for (const [file, content] of Object.entries(files)) {
    if (!args.includes('--check')) writeFileSync(file, content);
    else if (readFileSync(file, 'utf8') !== content) {
      console.error(`${file} is out of date: run \`npm run model-reference\` and commit the result`);
      process.exitCode = 1;
    }
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exit(1);
});
