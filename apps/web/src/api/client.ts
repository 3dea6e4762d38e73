import createClient, { Middleware } from 'openapi-fetch';
import type { components, paths } from './openapi';

export type Schemas = components['schemas'];

/** The one client of the API, typed from its OpenAPI document (see openapi.d.ts). */
// The API's paths include /api; the app is served by the same service.
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });

let token: string | null = null;
let onExpired: (why: string | null) => void = () => undefined;

/** Called by the session: the token to send, and what to do when the API no longer accepts it (with the API's reason). */
export function authorize(next: string | null, expired: (why: string | null) => void): void {
  token = next;
  onExpired = expired;
}

const auth: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  async onResponse({ request, response }) {
    // Only a refusal of the current token ends the session: a call still under way with the token of a
    // session the user just ended must not turn "signed out" into "expired".
    if (response.status === 401 && token && request.headers.get('Authorization') === `Bearer ${token}`) {
      // The service says why: expired, signed out elsewhere, or the account was deactivated.
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { message?: unknown } | null;
      onExpired(typeof body?.message === 'string' ? body.message : null);
    }
    return response;
  },
};
api.use(auth);

/** The API's error body: `{ statusCode, error, message, errors? }`, `errors` naming each bad field. */
export interface ApiProblem {
  statusCode: number;
  message: string;
  errors?: { field: string; problems: string[] }[];
  /** What else the service says about the refusal, e.g. a refused model's `problems`. */
  details?: unknown;
}

/** A failed call, network errors included, as one Dutch message plus the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string[]> = {},
    readonly details?: unknown,
  ) {
    super(message);
  }

  static from(status: number, body: unknown): ApiError {
    const problem = (body ?? {}) as Partial<ApiProblem>;
    const fields: Record<string, string[]> = {};
    for (const { field, problems } of problem.errors ?? []) fields[field] = [...(fields[field] ?? []), ...problems];
    const message = Array.isArray(problem.message) ? problem.message.join('; ') : problem.message;
    return new ApiError(status, message || `De service antwoordde met status ${status}`, fields, problem.details);
  }
}

export const NETWORK_ERROR = 'De service is niet bereikbaar. Controleer de verbinding en probeer het opnieuw; uw invoer is bewaard.';

/**
 * Runs a call and returns its data, or throws an ApiError with the service's Dutch message; a network
 * failure becomes an ApiError with status 0.
 */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch {
    throw new ApiError(0, NETWORK_ERROR);
  }
  if (!result.response.ok) throw ApiError.from(result.response.status, result.error);
  return result.data as T;
}
