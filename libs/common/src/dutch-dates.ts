/** Dates as Dutch readers expect them, in the municipality's time zone. */
export const TIME_ZONE = 'Europe/Amsterdam';

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
const isoDate = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE });

/** "22 november 2026"; a plain `YYYY-MM-DD` is taken as that calendar day. */
export function formatDutchDate(value: Date | string): string {
  return longDate.format(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value));
}

/** "14:35" */
export function formatDutchTime(value: Date | string): string {
  return time.format(new Date(value));
}

/** The calendar day (YYYY-MM-DD) of an instant, in the municipality's time zone. */
export function localDay(value: Date): string {
  return isoDate.format(value);
}

const UNITS: [string, string, string][] = [
  ['years', 'jaar', 'jaar'],
  ['months', 'maand', 'maanden'],
  ['weeks', 'week', 'weken'],
  ['days', 'dag', 'dagen'],
];

/** "6 maanden", "1 jaar en 6 maanden" for an ISO 8601 duration such as P6M or P1Y6M. */
export function describeDuration(iso: string): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!match || match.slice(1).every((p) => p === undefined)) throw new Error(`"${iso}" is not a duration in years, months, weeks or days`);
  const parts = match
    .slice(1)
    .map((n, i) => (n === undefined || n === '0' ? null : `${n} ${n === '1' ? UNITS[i][1] : UNITS[i][2]}`))
    .filter((p): p is string => p !== null);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}` : parts[0];
}
