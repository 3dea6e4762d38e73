import { ApiError, NETWORK_ERROR } from '../api/client';

/** A file the API serves behind the sign-in, as a Blob; its refusal as an ApiError. */
export async function fetchBlob(request: () => Promise<{ response: Response; data?: unknown }>): Promise<Blob> {
  let result;
  try {
    result = await request();
  } catch {
    throw new ApiError(0, NETWORK_ERROR);
  }
  if (!result.response.ok) throw ApiError.from(result.response.status, await result.response.clone().json().catch(() => null));
  return result.data as Blob;
}

/** Offers a Blob as a file download under `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
