import { api, call } from '../api/client';
import { fetchBlob } from '../common/download';

/** A letter's DOCX, as the API serves it to whoever may read it. */
export function letterDocx(letterId: string): Promise<Blob> {
  return fetchBlob(() => api.GET('/api/letters/{id}/docx', { params: { path: { id: letterId } }, parseAs: 'blob' }));
}

/** A letter as PDF: the PDF/A kept with a signed letter, or a draft made PDF now for its signer. */
export function letterPdf(letterId: string): Promise<Blob> {
  return fetchBlob(() => api.GET('/api/letters/{id}/pdf', { params: { path: { id: letterId } }, parseAs: 'blob' }));
}

export const loadLetter = (letterId: string) => call(api.GET('/api/letters/{id}', { params: { path: { id: letterId } } }));

/** Whether a signed letter is still what was signed: rendered again and compared by sha256, with the verdict in Dutch. */
export const verifyLetter = (letterId: string) => call(api.GET('/api/letters/{id}/verification', { params: { path: { id: letterId } } }));
