/** Dates as Dutch users read them, in the municipality's time zone. */
const ZONE = 'Europe/Amsterdam';

const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE });
const dayTime = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const clock = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const calendarDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ZONE });

/** "2 december 2026" */
export function formatDate(value: string | Date): string {
  return day.format(new Date(value));
}

/** "2 december 2026 om 14:05" */
export function formatDateTime(value: string | Date): string {
  return dayTime.format(new Date(value)).replace(',', ' om');
}

/** "14:05" */
export function formatTime(value: string | Date): string {
  return clock.format(new Date(value));
}

/** Days between two moments as calendar days in the municipality (not 24-hour periods). */
function calendarDaysBetween(from: Date, to: Date): number {
  const utc = (d: Date) => Date.parse(`${calendarDay.format(d)}T00:00:00Z`);
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * A due date in words, as a task list says it: "vandaag", "morgen", "over 3 dagen", "gisteren verlopen",
 * "2 dagen te laat", or "nog 2 uur" / "1 uur te laat" on the day itself.
 */
export function dueInWords(due: string | Date, now: Date = new Date()): { text: string; overdue: boolean } {
  const at = new Date(due);
  const overdue = at.getTime() < now.getTime();
  const days = calendarDaysBetween(now, at);
  if (days === 0) {
    const hours = Math.floor(Math.abs(at.getTime() - now.getTime()) / 3_600_000);
    if (overdue) return { text: hours < 1 ? 'zojuist verlopen' : `${hours} uur te laat`, overdue };
    return { text: hours < 1 ? 'binnen een uur' : `vandaag, nog ${hours} uur`, overdue };
  }
  if (days === 1) return { text: 'morgen', overdue };
  if (days === -1) return { text: '1 dag te laat', overdue };
  if (days > 1) return { text: `over ${days} dagen`, overdue };
  return { text: `${-days} dagen te laat`, overdue };
}
