import { OpenAPIObject } from '@nestjs/swagger';

/** Where the web app keeps the types generated from the API's OpenAPI document. */
export const CLIENT_TYPES_FILE = 'apps/web/src/api/openapi.d.ts';

const HEADER = '// Generated from the API\'s OpenAPI document by `npm run api-types`; do not edit. The tests fail when it differs from the API.\n';

/** The web client's types for a document, as openapi-typescript writes them. */
export async function clientTypes(document: OpenAPIObject): Promise<string> {
  // openapi-typescript is an ES module (with dependencies that are only that), so it runs in Node, not under Jest.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  return HEADER + astToString(await openapiTS(document as any, { alphabetize: true }));
}
