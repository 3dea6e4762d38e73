import { api, ApiError, call, Schemas } from '../api/client';
import { fetchBlob } from '../common/download';

export type ProcessModel = Schemas['ProcessModelView'];
export type ModelVersion = Schemas['ModelVersionView'];
export type ModelProblem = Schemas['DefinitionProblemView'];
export type ModelDraft = Schemas['ModelDraftView'];
export type Catalog = Schemas['CatalogView'];

export const loadModels = () => call(api.GET('/api/process-models'));

export const loadVersions = (key: string) => call(api.GET('/api/process-models/{key}/versions', { params: { path: { key } } }));

/** One version's BPMN XML, to open in the Camunda Modeler or keep. */
export const versionXml = (key: string, version: number) =>
  fetchBlob(() => api.GET('/api/process-models/{key}/versions/{version}/xml', { params: { path: { key, version } }, parseAs: 'blob' }));

export const loadCatalog = () => call(api.GET('/api/process-models/catalog'));

export const loadElementTemplates = (): Promise<unknown[]> => call(api.GET('/api/process-models/element-templates', {}));

/** My draft of the model, or null when I have none. */
export async function loadDraft(key: string): Promise<ModelDraft | null> {
  try {
    return await call(api.GET('/api/process-models/{key}/draft', { params: { path: { key } } }));
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

export const saveDraft = (key: string, xml: string, baseVersion: number | null) =>
  call(api.PUT('/api/process-models/{key}/draft', { params: { path: { key } }, body: { xml, baseVersion } }));

export const deployModel = (key: string, xml: string, comment: string, baseVersion: number | null) =>
  call(api.POST('/api/process-models/{key}/versions', { params: { path: { key } }, body: { xml, comment, baseVersion } }));

/** The problems of a refused deploy (422), each with its element. */
export function refusedProblems(error: unknown): ModelProblem[] {
  const details = error instanceof ApiError ? (error.details as { problems?: ModelProblem[] } | undefined) : undefined;
  return details?.problems ?? [];
}

export const loadDiff = (key: string, from: number, to: number) => call(api.GET('/api/process-models/{key}/diff', { params: { path: { key }, query: { from, to } } }));
