import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InstanceService } from '../instances/instance-service';
import { WORKFLOW_OPTIONS, WorkflowOptions } from '../workflow-options';

/**
 * Fires due timers. Every service process runs one; they share the work through row locks, so each
 * timer fires once. The first round runs at start-up: timers that fell due while the service was
 * down fire then.
 */
@Injectable()
export class TimerScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TimerScheduler.name);
  private handle: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly instances: InstanceService,
    @Inject(WORKFLOW_OPTIONS) private readonly options: WorkflowOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.timerPollMs > 0) this.schedule(0);
  }

  // Before the database connections close: let the round under way finish, start no other.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    await this.running;
  }

  /** Fires every timer due now, up to `limit`; returns how many fired. */
  async fireDue(limit = 1000): Promise<number> {
    let fired = 0;
    while (fired < limit && !this.stopped && (await this.instances.fireNextDueTimer())) fired++;
    return fired;
  }

  private schedule(delay: number): void {
    this.handle = setTimeout(async () => {
      this.running = this.fireDue().catch((err) => {
        this.logger.error(`Firing due timers failed: ${err instanceof Error ? err.message : err}`);
        return 0;
      });
      await this.running;
      this.running = null;
      if (!this.stopped) this.schedule(this.options.timerPollMs);
    }, delay);
    this.handle.unref();
  }
}
