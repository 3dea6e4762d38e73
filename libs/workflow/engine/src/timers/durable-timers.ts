/** A timer an instance waits on, as the runtime stores and schedules it. */
export interface ArmedTimer {
  /** The timer's execution id; unique, the key under which the runtime stores it. */
  executionId: string;
  /** The timer event's element id and name. */
  elementId: string;
  name: string;
  dueAt: Date;
}

interface Registration {
  timer: ArmedTimer;
  fire: () => void;
}

/**
 * Replaces the engine's timers: nothing is armed in memory. Timer events register here when they start
 * waiting; the runtime stores them and, when one falls due, recovers the instance and fires it through
 * `fire`. So a timer survives restarts, fires once, and may be months long (in-memory timers cannot
 * wait more than 24.8 days).
 */
export class DurableTimers {
  private readonly registrations = new Map<string, Registration>();

  constructor(readonly now: () => Date) {}

  arm(timer: ArmedTimer, fire: () => void): void {
    this.registrations.set(timer.executionId, { timer, fire });
  }

  disarm(executionId: string): void {
    this.registrations.delete(executionId);
  }

  armed(): ArmedTimer[] {
    return [...this.registrations.values()].map((r) => r.timer);
  }

  /** Fires an armed timer; false when the instance does not wait on it. */
  fire(executionId: string): boolean {
    const registration = this.registrations.get(executionId);
    if (!registration) return false;
    this.registrations.delete(executionId);
    registration.fire();
    return true;
  }

  // The engine's Timers interface, for anything else that asks: nothing runs on a wall-clock timeout.
  get executing(): unknown[] {
    return [];
  }
  register() {
    return this;
  }
  setTimeout(): null {
    return null;
  }
  clearTimeout(): undefined {
    return undefined;
  }
}
