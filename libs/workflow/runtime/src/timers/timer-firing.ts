import { Injectable } from '@nestjs/common';
import { Clock } from '@ap/common';
import { Database } from '@ap/persistence';
import { DefinitionStore } from '../deployment/definition-store';
import { InstanceRunner } from '../instances/instance-runner';
import { SYSTEM_ACTOR } from '../run-scope';

/** Fires one due timer at a time, each exactly once across all service processes. */
@Injectable()
export class TimerFiring {
  constructor(
    private readonly db: Database,
    private readonly definitions: DefinitionStore,
    private readonly runner: InstanceRunner,
    private readonly clock: Clock,
  ) {}

  /**
   * Fires the earliest due timer that no other service process is firing (SKIP LOCKED), in one
   * transaction with the run it causes: a timer fires once, whichever process gets it.
   * Returns false when nothing is due.
   */
  async fireNextDue(): Promise<boolean> {
    const now = this.clock.now();
    return this.db.transaction(async (uow) => {
      // The timer and its instance are claimed together, or skipped while another run holds either:
      // a scheduler never waits on a lock while holding one, so schedulers cannot deadlock.
      const [due] = await uow.query<{ id: string }>(
        `SELECT t.id FROM process_timers t JOIN process_instances i ON i.id = t.instance_id
          WHERE t.status = 'scheduled' AND t.due_at <= $1
          ORDER BY t.due_at LIMIT 1 FOR UPDATE OF t, i SKIP LOCKED`,
        [now],
      );
      if (!due) return false;
      const timer = (await uow.timers.findOneBy({ id: due.id }))!;
      const instance = (await uow.instances.findOneBy({ id: timer.instanceId }))!;
      const definition = await this.definitions.get(instance.definitionId, uow);
      timer.status = 'fired';
      timer.firedAt = now;
      await uow.timers.update(timer.id, { status: timer.status, firedAt: now });
      const failure = await this.runner.run(uow, instance, definition, { trigger: { kind: 'timer', timer }, actor: SYSTEM_ACTOR, now });
      if (failure) await uow.timers.update(timer.id, { status: 'failed', lastError: failure.message });
      return true;
    });
  }
}
