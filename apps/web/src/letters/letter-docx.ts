import { api } from '../api/client';
import { fetchBlob } from '../common/download';

/** A letter's DOCX, as the API serves it to whoever may read it. */
export function letterDocx(letterId: string): Promise<Blob> {
  return fetchBlob(() => api.GET('/api/letters/{id}/docx', { params: { path: { id: letterId } }, parseAs: 'blob' }));
}
