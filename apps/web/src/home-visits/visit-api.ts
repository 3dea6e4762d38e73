import { api, call, Schemas } from '../api/client';

export type HomeVisit = Schemas['HomeVisitView'];
export type HomeVisitSummary = Schemas['HomeVisitSummary'];
export type HomeVisitStep = Schemas['HomeVisitStep'];

export const loadVisits = () => call(api.GET('/api/home-visits'));

export const loadVisit = (id: string) => call(api.GET('/api/home-visits/{id}', { params: { path: { id } } }));

export const loadPlanForm = () => call(api.GET('/api/home-visits/plan-form'));
