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

/** Where a version or draft applies: one team's variant (`unitId`), or the whole organisation (null). */
export interface ModelLine {
  baseVersion: number | null;
  unitId: string | null;
}

export const saveDraft = (key: string, xml: string, { baseVersion, unitId }: ModelLine) =>
  call(api.PUT('/api/process-models/{key}/draft', { params: { path: { key } }, body: { xml, baseVersion, unitId } }));

export const deployModel = (key: string, xml: string, comment: string, { baseVersion, unitId }: ModelLine) =>
  call(api.POST('/api/process-models/{key}/versions', { params: { path: { key } }, body: { xml, comment, baseVersion, unitId } }));

/** The version a line starts new incidents on: the team's newest variant, else the organisation's newest. */
export function versionInUse(versions: ModelVersion[], unitId: string | null): ModelVersion {
  return (unitId ? versions.find((v) => v.unitId === unitId) : undefined) ?? versions.find((v) => !v.unitId) ?? versions[0];
}

/** Who a version applies to, as the pages say it. */
export const appliesTo = (version: Pick<ModelVersion, 'unitName'>) => (version.unitName ? `team ${version.unitName}` : 'hele organisatie');

/** The problems of a refused deploy (422), each with its element. */
export function refusedProblems(error: unknown): ModelProblem[] {
  const details = error instanceof ApiError ? (error.details as { problems?: ModelProblem[] } | undefined) : undefined;
  return details?.problems ?? [];
}

export const loadDiff = (key: string, from: number, to: number) => call(api.GET('/api/process-models/{key}/diff', { params: { path: { key }, query: { from, to } } }));
