import { Injectable } from '@nestjs/common';
import { TimelineEventEntity, UnitOfWork } from '@ap/persistence';
import { Actor } from '@ap/workflow-runtime';

/** Writes and reads an incident's timeline: what happened when, by whom. */
@Injectable()
export class TimelineService {
  record(uow: UnitOfWork, incidentId: string, at: Date, actor: Actor, type: string, summary: string, details: Record<string, unknown> = {}): Promise<TimelineEventEntity> {
    return uow.timeline.save(uow.timeline.create({ incidentId, at, actorId: actor.id, actorName: actor.name, type, summary, details }));
  }

  list(uow: UnitOfWork, incidentId: string): Promise<TimelineEventEntity[]> {
    return uow.timeline.find({ where: { incidentId }, order: { at: 'ASC', id: 'ASC' } });
  }
}
