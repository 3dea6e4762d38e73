import { Duration } from 'luxon';

/** An ISO 8601 duration as models write them: P6M, P1Y, PT30M. */
export function isIsoDuration(value: unknown): boolean {
  return typeof value === 'string' && Duration.fromISO(value.trim()).isValid;
}
