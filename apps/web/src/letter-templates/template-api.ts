import { api, ApiError, call, Schemas } from '../api/client';
import { fetchBlob } from '../common/download';

export type LetterTemplate = Schemas['LetterTemplateView'];
export type LetterTemplateDetail = Schemas['LetterTemplateDetailView'];
export type TemplateVersion = Schemas['TemplateVersionView'];
export type Publication = Schemas['PublicationView'];
export type TemplateProblem = Schemas['TemplateProblemView'];
export type DiffPart = Schemas['DiffPartView'];
export type UploadedVersion = Schemas['UploadedVersionView'];

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What a preview is filled with: a sample set by name, or a real incident by its reference. */
export type PreviewData = { sample: string } | { incident: string };

const code = (c: string) => ({ code: c });

export const loadTemplates = () => call(api.GET('/api/letter-templates'));

export const loadTemplate = (c: string) => call(api.GET('/api/letter-templates/{code}', { params: { path: code(c) } }));

export const versionDocx = (c: string, sha: string) =>
  fetchBlob(() => api.GET('/api/letter-templates/{code}/versions/{sha}/docx', { params: { path: { code: c, sha } }, parseAs: 'blob' }));

/** Uploads a .docx as a new draft version; a refusal (422) names its problems, see refusedProblems. */
export const uploadVersion = (c: string, file: Blob, comment: string, basedOn: number | null) =>
  call(
    api.POST('/api/letter-templates/{code}/versions', {
      params: { path: code(c), query: { comment: comment.trim() || undefined, basedOn: basedOn === null ? undefined : String(basedOn) } as never },
      body: file as never,
      bodySerializer: (body: unknown) => body as Blob,
      headers: { 'Content-Type': DOCX },
    }),
  );

export const publishVersion = (c: string, sha: string, comment: string, confirmStale = false) =>
  call(api.POST('/api/letter-templates/{code}/versions/{sha}/publish', { params: { path: { code: c, sha } }, body: { comment: comment.trim() || undefined, confirmStale } }));

export const restorePublication = (c: string, number: number) =>
  call(api.POST('/api/letter-templates/{code}/publications/{number}/restore', { params: { path: { code: c, number } }, body: {} }));

export const loadDiff = (c: string, from: string, to: string) => call(api.GET('/api/letter-templates/{code}/diff', { params: { path: code(c), query: { from, to } } }));

const previewQuery = (data: PreviewData) => ('sample' in data ? { sample: data.sample } : { incident: data.incident });

export const previewDocx = (c: string, sha: string, data: PreviewData) =>
  fetchBlob(() => api.GET('/api/letter-templates/{code}/versions/{sha}/preview.docx', { params: { path: { code: c, sha }, query: previewQuery(data) }, parseAs: 'blob' }));

export const previewPdf = (c: string, sha: string, data: PreviewData) =>
  fetchBlob(() => api.GET('/api/letter-templates/{code}/versions/{sha}/preview.pdf', { params: { path: { code: c, sha }, query: previewQuery(data) }, parseAs: 'blob' }));

export const previewText = (c: string, sha: string, data: PreviewData) =>
  call(api.GET('/api/letter-templates/{code}/versions/{sha}/preview', { params: { path: { code: c, sha }, query: previewQuery(data) } }));

/** The problems of a refused upload or publication (422), each with where it is. */
export function refusedProblems(error: unknown): TemplateProblem[] {
  const details = error instanceof ApiError ? (error.details as { problems?: TemplateProblem[] } | undefined) : undefined;
  return details?.problems ?? [];
}

/** The first characters of a sha256, as the pages name a version. */
export const shortSha = (sha: string) => sha.slice(0, 8);
