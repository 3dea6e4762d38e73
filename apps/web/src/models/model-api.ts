import { api, call, Schemas } from '../api/client';
import { fetchBlob } from '../common/download';

export type ProcessModel = Schemas['ProcessModelView'];
export type ModelVersion = Schemas['ModelVersionView'];
export type ModelProblem = Schemas['DefinitionProblemView'];

export const loadModels = () => call(api.GET('/api/process-models'));

export const loadVersions = (key: string) => call(api.GET('/api/process-models/{key}/versions', { params: { path: { key } } }));

/** One version's BPMN XML, to open in the Camunda Modeler or keep. */
export const versionXml = (key: string, version: number) =>
  fetchBlob(() => api.GET('/api/process-models/{key}/versions/{version}/xml', { params: { path: { key, version } }, parseAs: 'blob' }));
