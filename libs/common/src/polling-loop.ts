/**
 * Runs `round` now and then every `intervalMs` after the previous round ended, until stopped. Stopping
 * waits for the round under way, so a service shuts down after its work, not in the middle of it.
 */
export class PollingLoop {
  private handle: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly round: () => Promise<unknown>,
    private readonly onError: (err: unknown) => void,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    if (this.intervalMs > 0) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    await this.running;
  }

  private schedule(delay: number): void {
    this.handle = setTimeout(async () => {
      this.running = this.round().catch(this.onError);
      await this.running;
      this.running = null;
      if (!this.stopped) this.schedule(this.intervalMs);
    }, delay);
    // A waiting loop does not keep the process alive.
    this.handle.unref();
  }
}
