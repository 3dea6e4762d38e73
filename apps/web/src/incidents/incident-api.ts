import { api, call, Schemas } from '../api/client';
import type { operations } from '../api/openapi';

export type IncidentSummary = Schemas['IncidentSummaryView'];
export type IncidentFile = Schemas['IncidentFileView'];
export type FileTask = Schemas['FileTaskView'];
export type FileTimer = Schemas['FileTimerView'];
export type FileLetter = Schemas['LetterView'];
export type IncidentDiagram = Schemas['IncidentDiagramView'];
export type DiagramInstance = Schemas['DiagramInstanceView'];

export type IncidentFilter = NonNullable<operations['IncidentsController_list']['parameters']['query']>;

export async function loadIncidents(filter: IncidentFilter): Promise<{ incidents: IncidentSummary[]; total: number }> {
  const query: IncidentFilter = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''));
  let response: Response | undefined;
  const incidents = await call(
    api.GET('/api/incidents', { params: { query } }).then((r) => {
      response = r.response;
      return r;
    }),
  );
  return { incidents, total: Number(response?.headers.get('X-Total-Count') ?? incidents.length) };
}

export const loadIncidentFacets = () => call(api.GET('/api/incidents/facets'));

export const loadIncidentFile = (id: string) => call(api.GET('/api/incidents/{id}', { params: { path: { id } } }));

export const loadIncidentDiagram = (id: string) => call(api.GET('/api/incidents/{id}/diagram', { params: { path: { id } } }));
