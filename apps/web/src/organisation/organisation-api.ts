import { api, call, Schemas } from '../api/client';

export type OrganisationUnit = Schemas['OrganisationUnitView'];

export const loadUnits = () => call(api.GET('/api/organisation-units'));

export const createUnit = (name: string) => call(api.POST('/api/organisation-units', { body: { name } }));

export const renameUnit = (id: string, name: string) => call(api.PATCH('/api/organisation-units/{id}', { params: { path: { id } }, body: { name } }));

export const removeUnit = (id: string) => call(api.DELETE('/api/organisation-units/{id}', { params: { path: { id } } }));
