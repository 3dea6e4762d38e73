import { api, ApiError, NETWORK_ERROR } from '../api/client';

/** A letter's DOCX, as the API serves it to whoever may read it. */
export async function letterDocx(letterId: string): Promise<Blob> {
  let result;
  try {
    result = await api.GET('/api/letters/{id}/docx', { params: { path: { id: letterId } }, parseAs: 'blob' });
  } catch {
    throw new ApiError(0, NETWORK_ERROR);
  }
  if (!result.response.ok) throw ApiError.from(result.response.status, await result.response.clone().json().catch(() => null));
  return result.data as Blob;
}

/** Offers the letter as a file download under the name the service gives it. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
