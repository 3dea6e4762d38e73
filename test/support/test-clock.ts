import { DateTime, Duration } from 'luxon';
import { Clock } from '@ap/common';

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }

  /** Moves forward by an ISO 8601 duration, on the calendar (P3M is three calendar months). */
  advance(iso: string): Date {
    this.current = DateTime.fromJSDate(this.current).plus(Duration.fromISO(iso)).toJSDate();
    return this.now();
  }
}
