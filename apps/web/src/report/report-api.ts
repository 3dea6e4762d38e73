import { api, call, Schemas } from '../api/client';
import { forgetIdempotencyKey, idempotencyKey } from '../common/idempotency-key';

export type ReportForm = Schemas['ReportFormView'];
export type ReportChannel = Schemas['ReportChannel'];
export type ReportBehaviour = Schemas['ReportBehaviour'];
export type ReportSection = Schemas['ReportSectionView'];
export type KnownCitizen = Schemas['CitizenView'];

/** The channels in use, what each takes, the report's fields and the photo rules. */
export function loadReportForm(): Promise<ReportForm> {
  return call(api.GET('/api/incidents/report-form'));
}

export const CITIZENS_PER_PAGE = 10;

/** A page of citizens whose name contains the text, and how many there are in all. */
export async function searchCitizens(name: string, dateOfBirth: string, offset: number): Promise<{ citizens: KnownCitizen[]; total: number }> {
  let total = 0;
  const citizens = await call(
    api.GET('/api/citizens', { params: { query: { name, ...(dateOfBirth ? { dateOfBirth } : {}), limit: CITIZENS_PER_PAGE, offset } } }).then((result) => {
      total = Number(result.response.headers.get('X-Total-Count') ?? 0);
      return result;
    }),
  );
  return { citizens, total };
}

/** Reports the incident; a retry of the same report (after no answer) is recognised by its Idempotency-Key. */
export async function submitReport(body: Schemas['ReportIncidentDto']): Promise<Schemas['IncidentFileView']> {
  const incident = await call(api.POST('/api/incidents', { body, headers: { 'Idempotency-Key': idempotencyKey('melding', body) } }));
  forgetIdempotencyKey('melding');
  return incident;
}

/** Sends the photo as the raw body, as the service reads it. */
export function uploadPhoto(citizenId: string, photo: File): Promise<unknown> {
  return call(
    api.PUT('/api/citizens/{id}/photo', {
      params: { path: { id: citizenId } },
      body: photo as unknown as string,
      bodySerializer: (body) => body as unknown as BodyInit,
      headers: { 'Content-Type': photo.type },
    }),
  );
}
