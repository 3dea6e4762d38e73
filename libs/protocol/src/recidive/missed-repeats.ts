import { Injectable } from '@nestjs/common';
import { DateTime, Duration } from 'luxon';
import { formatDutchDate } from '@ap/common';
import { IncidentEntity, UnitOfWork } from '@ap/persistence';
import { Actor, InstanceRunner } from '@ap/workflow-runtime';
import { incidentVariables } from '../incidents/incident-variables';
import { TimelineService } from '../timeline/timeline.service';

/** The model that reviews a later incident's letter or measure after a missed repeat (processes/recidive-review.bpmn). */
export const RECIDIVE_REVIEW_PROCESS = 'recidive-review';

/**
 * Recidive goes by when incidents happened, but an incident's kind is known only once its model's
 * recidive step has run (after the on-the-spot steps, after the written assessment). When an earlier
 * incident's kind becomes known after a later one of the same kind already took the path of a first
 * time, that later incident was a repeat that was missed: its letter or measure is reviewed.
 */
@Injectable()
export class MissedRepeats {
  constructor(
    private readonly instances: InstanceRunner,
    private readonly timeline: TimelineService,
  ) {}

  /**
   * For each later incident of the citizen of `incident`'s kind within `window` after it that was decided
   * as a first time: starts the review process on that incident and records it in both files.
   */
  async review(uow: UnitOfWork, incident: IncidentEntity & { kind: string }, window: string, now: Date, actor: Actor): Promise<void> {
    const until = DateTime.fromJSDate(incident.occurredAt).plus(Duration.fromISO(window)).toJSDate();
    const later = await uow.incidents
      .createQueryBuilder('i')
      .where('i.citizen_id = :citizenId AND i.kind = :kind AND i.is_repeat = false AND i.id <> :id', { citizenId: incident.citizenId, kind: incident.kind, id: incident.id })
      .andWhere('(i.occurred_at, i.created_at) > (:occurredAt, :createdAt) AND i.occurred_at <= :until', { occurredAt: incident.occurredAt, createdAt: incident.createdAt, until })
      .orderBy('i.occurred_at', 'ASC')
      .getMany();
    if (!later.length) return;
    const citizen = await uow.citizens.findOneByOrFail({ id: incident.citizenId });
    const earlierOn = formatDutchDate(incident.occurredAt);
    for (const repeat of later) {
      const details = { earlierIncidentId: incident.id, earlierReference: incident.reference, laterIncidentId: repeat.id, laterReference: repeat.reference, kind: incident.kind, window };
      await this.timeline.record(
        uow,
        repeat.id,
        now,
        actor,
        'recidive-missed',
        `Herhaling gemist: ${incident.reference} van ${earlierOn} ging hieraan vooraf en is van dezelfde soort, wat pas bekend werd nadat hier voor een eerste keer was gekozen. Het afdelingshoofd beoordeelt de brief of maatregel.`,
        details,
      );
      await this.timeline.record(
        uow,
        incident.id,
        now,
        actor,
        'recidive-missed',
        `${repeat.reference} kwam hierna en is als eerste keer behandeld; het is een herhaling van dit incident. Het afdelingshoofd beoordeelt de brief of maatregel daarvan.`,
        details,
      );
      await this.instances.start(
        uow,
        RECIDIVE_REVIEW_PROCESS,
        repeat.id,
        { ...incidentVariables(repeat, citizen.name), earlierIncidentId: incident.id, earlierReference: incident.reference, recidiveWindow: window },
        actor,
        repeat.unitId,
      );
    }
  }
}
