import { DateTime, Duration } from 'luxon';

/**
 * A modelled due date is a date-time, or an ISO 8601 duration counted from when the task is created
 * (camunda:dueDate="P2D", or a FEEL expression such as `= date and time(occurredAt) + duration("PT24H")`).
 */
export function toDueDate(value: unknown, now: Date, elementId: string): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && value.startsWith('P')) {
    const span = Duration.fromISO(value);
    if (span.isValid) return DateTime.fromJSDate(now).plus(span).toJSDate();
  }
  if (typeof value === 'string') {
    const date = DateTime.fromISO(value);
    if (date.isValid) return date.toJSDate();
  }
  throw new Error(`due date of ${elementId} is not a date-time or duration: ${JSON.stringify(value)}`);
}
