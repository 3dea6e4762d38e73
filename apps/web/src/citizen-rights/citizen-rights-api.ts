import { api, ApiError, call, Schemas } from '../api/client';
import { fetchBlob } from '../common/download';

export type ErasureCounts = Schemas['ErasureView'];
export type ErasureBlocker = Schemas['ErasureBlocker'];

/** Everything held about the citizen as one ZIP (inzageverzoek, AVG art. 15). */
export const citizenArchive = (citizenId: string) =>
  fetchBlob(() => api.GET('/api/citizens/{id}/export', { params: { path: { id: citizenId } }, parseAs: 'blob' }));

/** Erases the citizen's personal data (AVG art. 17); throws the 409 naming what still holds it. */
export const eraseCitizen = (citizenId: string, reason: string) => call(api.POST('/api/citizens/{id}/erasure', { params: { path: { id: citizenId } }, body: { reason } }));

/** The bans and decisions a refused erasure names (409, `details.blockers`). */
export function erasureBlockers(error: ApiError | null): ErasureBlocker[] {
  return (error?.status === 409 && (error.details as { blockers?: ErasureBlocker[] } | undefined)?.blockers) || [];
}
