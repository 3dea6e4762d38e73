import { Injectable } from '@nestjs/common';
import { ProcessInstanceEntity, UnitOfWork } from '@ap/persistence';
import { ArmedTimer } from '@ap/workflow-engine';

/**
 * Keeps the timer rows in step with the engine: a row for each timer the instance newly waits on,
 * cancelled when it no longer waits on it. A timer's execution id is unique, so a timer armed again
 * after recovery is the row already stored, never a second firing.
 */
@Injectable()
export class TimerSync {
  async sync(uow: UnitOfWork, instance: ProcessInstanceEntity, timers: ArmedTimer[], now: Date, isNew: boolean): Promise<void> {
    // A new instance has no timers yet.
    const scheduled = isNew ? [] : await uow.timers.findBy({ instanceId: instance.id, status: 'scheduled' });
    const armed = new Set(timers.map((t) => t.executionId));
    const cancelled = scheduled.filter((t) => !armed.has(t.executionId));
    if (cancelled.length) await uow.timers.update(cancelled.map((t) => t.id), { status: 'cancelled' });
    const known = new Set(scheduled.map((t) => t.executionId));
    const added = timers.filter((t) => !known.has(t.executionId));
    if (!added.length) return;
    await uow.timers.insert(
      added.map((t) => ({
        instanceId: instance.id,
        executionId: t.executionId,
        elementId: t.elementId,
        name: t.name,
        businessKey: instance.businessKey,
        dueAt: t.dueAt,
        status: 'scheduled' as const,
        createdAt: now,
        firedAt: null,
        lastError: null,
      })),
    );
  }

  /** Cancels every scheduled timer of an instance that ends before they fall due. */
  async cancelScheduled(uow: UnitOfWork, instanceId: string): Promise<void> {
    await uow.timers.update({ instanceId, status: 'scheduled' }, { status: 'cancelled' });
  }
}
