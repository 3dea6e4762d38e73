import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PollingLoop } from '@ap/common';
import { TimerFiring } from './timer-firing';
import { WORKFLOW_OPTIONS, WorkflowOptions } from '../workflow-options';

/** Timers fired at the same time by one service process; well below a connection pool's size. */
const PARALLEL_FIRINGS = 4;

/**
 * Fires due timers. Every service process runs one; they share the work through row locks, so each
 * timer fires once. The first round runs at start-up: timers that fell due while the service was
 * down fire then.
 */
@Injectable()
export class TimerScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TimerScheduler.name);
  private readonly loop: PollingLoop;

  constructor(
    private readonly firing: TimerFiring,
    @Inject(WORKFLOW_OPTIONS) options: WorkflowOptions,
  ) {
    this.loop = new PollingLoop(options.timerPollMs, () => this.fireDue(Number.POSITIVE_INFINITY), (err) =>
      this.logger.error(`Firing due timers failed: ${err instanceof Error ? err.message : err}`),
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  // Before the database connections close: let the round under way finish, start no other.
  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /**
   * Fires every timer due now, up to `limit`; returns how many fired. Several firings run at once:
   * a firing spends most of its time waiting on the database, and each claims its own timer.
   * A round that fired something is followed by another: a firing that skips a timer because its
   * instance is busy keeps the timer's row locked until its transaction ends, so a firing that looks
   * at that moment skips it too and ends its turn, with the timer still due.
   */
  async fireDue(limit = 1000): Promise<number> {
    let fired = 0;
    while (fired < limit && !this.loop.isStopped) {
      const round = await this.round(limit - fired);
      if (!round) break;
      fired += round;
    }
    return fired;
  }

  private async round(limit: number): Promise<number> {
    let claimed = 0;
    let fired = 0;
    const fireInTurn = async () => {
      while (claimed < limit && !this.loop.isStopped) {
        claimed++;
        if (!(await this.firing.fireNextDue())) return;
        fired++;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_FIRINGS }, fireInTurn));
    return fired;
  }
}
