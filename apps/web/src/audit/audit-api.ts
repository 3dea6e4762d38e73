import { api, call, Schemas } from '../api/client';
import type { operations } from '../api/openapi';
import { fetchBlob } from '../common/download';

export type AuditLine = Schemas['AuditLineView'];
export type AuditFilter = NonNullable<operations['AuditTrailController_list']['parameters']['query']>;
export type AuditSearchTerms = Pick<AuditFilter, 'citizen' | 'incident' | 'user' | 'from' | 'to'>;

const given = <T extends object>(filter: T): T => Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '')) as T;

export async function searchAuditTrail(filter: AuditFilter): Promise<{ lines: AuditLine[]; total: number }> {
  let response: Response | undefined;
  const lines = await call(
    api.GET('/api/audit-trail', { params: { query: given(filter) } }).then((r) => {
      response = r.response;
      return r;
    }),
  );
  return { lines, total: Number(response?.headers.get('X-Total-Count') ?? lines.length) };
}

/** Every line of the search as CSV, as the service writes it. */
export function auditTrailCsv(terms: AuditSearchTerms): Promise<Blob> {
  return fetchBlob(() => api.GET('/api/audit-trail/export', { params: { query: given(terms) }, parseAs: 'blob' }));
}
