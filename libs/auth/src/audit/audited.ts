import { SetMetadata } from '@nestjs/common';
import { AuditAction, AuditResource } from '@ap/common';
import { AuthUser } from '../auth-user';

export const AUDITED_KEY = 'ap:audited';

/** The parts of a request a route's audit declaration reads. */
export interface AuditedRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  user: AuthUser;
}

/** What a route records in the audit trail once it has answered successfully. */
export interface AuditedRoute {
  action: AuditAction;
  resource: AuditResource;
  /** Whether this call reads what the audit trail records; every call when absent. */
  when?: (request: AuditedRequest) => boolean;
  /**
   * The resources read or changed, one audit line each: by default the route's `:id`. A list read records
   * every item it shows; an empty list records one line without a resource (a search that found nothing).
   */
  ids?: (request: AuditedRequest, result: unknown) => (string | null)[];
  /** Why, where the request says so (a decision's comment). */
  reason?: (request: AuditedRequest) => string | null;
  /** What else identifies the read or change (a search's terms, the names of the fields changed), never a secret. */
  details?: (request: AuditedRequest, result: unknown) => Record<string, unknown>;
  /** The service records the line itself, in the change's own transaction; the route only declares it. */
  inTransaction?: boolean;
}

/**
 * Records every successful call of the route in the audit trail: who (the signed-in user), when, from which
 * address, what (action, resource and id, and the citizen and incident it concerns) and why. The answer
 * leaves only once the line is stored, so no read goes unrecorded.
 */
export const Audited = (route: AuditedRoute) => SetMetadata(AUDITED_KEY, route);

/**
 * The route's service writes its audit line in the transaction of the change it makes (AuditTrail.record),
 * so the change and its line commit together; declared here for the access table.
 */
export const AuditedInTransaction = (action: AuditAction, resource: AuditResource) => SetMetadata(AUDITED_KEY, { action, resource, inTransaction: true } satisfies AuditedRoute);

/** The ids of a list the route answered with. */
export function idsOf(result: unknown): string[] {
  return Array.isArray(result) ? result.map((item: { id: string }) => item.id) : [];
}
