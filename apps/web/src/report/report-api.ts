import { api, call, Schemas } from '../api/client';
import { forgetIdempotencyKey, idempotencyKey } from '../common/idempotency-key';

export type ReportForm = Schemas['ReportFormView'];
export type ReportChannel = Schemas['ReportChannel'];
export type ReportBehaviour = Schemas['ReportBehaviour'];
export type ReportSection = Schemas['ReportSectionView'];

/** The channels in use, what each takes, the report's fields and the photo rules. */
export function loadReportForm(): Promise<ReportForm> {
  return call(api.GET('/api/incidents/report-form'));
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
