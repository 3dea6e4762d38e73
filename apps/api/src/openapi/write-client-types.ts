import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OpenAPIObject } from '@nestjs/swagger';
import { withThrowawayApi } from '../serve/throwaway-api';
import { CLIENT_TYPES_FILE, clientTypes } from './client-types';
import { openApiDocument } from './openapi-document';

/**
 * `npm run api-types`: writes the web client's types from the API's OpenAPI document, taken from a
 * throw-away instance of the API on an embedded database, or with `--from <url>` from a running service.
 * `--check` compares instead of writing and fails when the checked-in types are out of date.
 */
async function main(args: string[]): Promise<void> {
  const from = args.includes('--from') ? args[args.indexOf('--from') + 1] : null;
  const document = from ? ((await (await fetch(from)).json()) as OpenAPIObject) : await withThrowawayApi(async (app) => openApiDocument(app));
  const types = await clientTypes(document);
  const file = join(resolve(__dirname, '../../../..'), CLIENT_TYPES_FILE);
  if (!args.includes('--check')) {
    writeFileSync(file, types);
    console.log(`Wrote ${CLIENT_TYPES_FILE}`);
  } else if (readFileSync(file, 'utf8') !== types) {
    console.error(`${CLIENT_TYPES_FILE} does not match the API's OpenAPI document: run \`npm run api-types\` and commit the result`);
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exit(1);
});
