import { OpenAPIObject } from '@nestjs/swagger';

/** The one error shape every failure has (see HttpErrorFilter). */
const ERROR_VIEW = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    error: { type: 'string', example: 'BAD_REQUEST' },
    message: { type: 'string', example: 'Ongeldige invoer' },
    errors: {
      type: 'array',
      description: 'Bij ongeldige invoer: elk veld met wat er mis is',
      items: { type: 'object', required: ['field', 'problems'], properties: { field: { type: 'string', example: 'citizen.name' }, problems: { type: 'array', items: { type: 'string', example: 'Vul dit in.' } } } },
    },
    details: { description: 'Wat de service verder over de weigering zegt, bv. de problemen van een geweigerd model of briefsjabloon' },
  },
};

const DESCRIPTIONS: Record<string, string> = {
  '400': 'Ongeldige invoer; `errors` noemt elk veld',
  '401': 'Niet ingelogd, of de aanmelding is verlopen',
  '403': 'Deze rol mag dit niet',
  '404': 'Bestaat niet',
  '409': 'Botst met de huidige stand (intussen gewijzigd, al gedaan)',
  '413': 'Het verzoek is groter dan de service aanneemt',
  '422': 'Geldige invoer die de service niet kan verwerken; de melding zegt waarom',
  '429': 'Te veel verzoeken; Retry-After zegt na hoeveel seconden het weer kan',
  '503': 'De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan',
};

/** Which error statuses an operation can answer, from what it takes and who may call it. */
function statusesOf(method: string, path: string, operation: any): string[] {
  const statuses = new Set<string>();
  const writes = ['post', 'put', 'patch', 'delete'].includes(method);
  if (operation.parameters?.length || operation.requestBody) statuses.add('400');
  if (operation.security?.length) ['401', '403'].forEach((s) => statuses.add(s));
  if (path.includes('{')) statuses.add('404');
  if (writes) statuses.add('409');
  if (operation.requestBody || (writes && path.includes('/versions'))) statuses.add('413');
  if (['post', 'put', 'patch'].includes(method)) statuses.add('422');
  if (path === '/api/auth/login') statuses.add('429');
  // Everything but the liveness check and the public settings reads the database.
  if (!['/api/health', '/api/settings'].includes(path)) statuses.add('503');
  return [...statuses];
}

/** Adds the error responses each operation can give, with the error shape, where the controller did not describe them itself. */
export function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ErrorView: ERROR_VIEW as any } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, any>)) {
      if (!operation?.responses) continue;
      for (const status of statusesOf(method, path, operation)) {
        // A controller's own description of an error with its own body (readiness's 503) stands.
        if (operation.responses[status]?.content) continue;
        operation.responses[status] = {
          description: operation.responses[status]?.description ?? DESCRIPTIONS[status],
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorView' } } },
          ...(['429', '503'].includes(status) ? { headers: { 'Retry-After': { description: 'Seconden', schema: { type: 'integer' } } } } : {}),
        };
      }
    }
  }
  return document;
}
