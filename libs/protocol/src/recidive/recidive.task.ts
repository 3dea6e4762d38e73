import { Injectable } from '@nestjs/common';
import { DateTime, Duration } from 'luxon';
import { describeDuration } from '@ap/common';
import { IncidentEntity, UnitOfWork } from '@ap/persistence';
import { ServiceInput, ServiceTopic, WorkflowServiceContext } from '@ap/workflow-runtime';
import { RECIDIVE, EARLIER_INCIDENTS } from './recidive.topics';
import { MissedRepeats } from './missed-repeats';
import { textInput, variable } from '../model-input';
import { TimelineService } from '../timeline/timeline.service';

/**
 * The citizen's incidents before this one within `window` (of one kind, if given), in the order they
 * happened: by when they occurred, and by when they were reported when that is the same moment.
 */
async function countEarlier(uow: UnitOfWork, incident: IncidentEntity, window: string, kind: string | null): Promise<number> {
  // Calendar arithmetic: six months back from 31 August is 28 or 29 February, not 184 days.
  const from = DateTime.fromJSDate(incident.occurredAt).minus(Duration.fromISO(window)).toJSDate();
  const [{ count }] = (await uow.query(
    `SELECT count(*) AS count FROM incidents
      WHERE citizen_id = $1 AND ($2::text IS NULL OR kind = $2) AND occurred_at >= $3 AND (occurred_at, created_at) < ($4, $5) AND id <> $6`,
    [incident.citizenId, kind, from, incident.occurredAt, incident.createdAt, incident.id],
  )) as { count: string }[];
  return Number(count);
}

/** The recidive rule (footnote to 5.1), with the kind and window the model names. */
@Injectable()
export class RecidiveTask {
  constructor(
    private readonly timeline: TimelineService,
    private readonly missed: MissedRepeats,
  ) {}

  /**
   * `protocol.recidive` (kind, window): is this a repeat? The model names the kind of behaviour (e.g.
   * "telefoon-B") and the window (P6M in the source); the citizen's earlier incidents of that kind within
   * the window make it one. Records the kind on the incident. Sets `isRepeat`, `earlierIncidents` and
   * `recidiveWindow`, the window the letters name ("binnen 6 maanden"). A later incident whose path was
   * already chosen as a first time, before this one's kind was known, gets a review (MissedRepeats).
   */
  @ServiceTopic(RECIDIVE)
  async handle(input: ServiceInput, { variables, scope }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    const kind = textInput(input, 'kind');
    const window = textInput(input, 'window');
    const { uow, now, actor } = scope;
    const incident = await uow.incidents.findOneByOrFail({ id: variable(variables, 'incidentId') });
    const earlier = await countEarlier(uow, incident, window, kind);
    // Only these columns: the entity may be stale against other steps of this run.
    await uow.incidents.update(incident.id, { kind, isRepeat: earlier > 0 });
    await this.timeline.record(
      uow,
      incident.id,
      now,
      actor,
      'recidive',
      earlier > 0
        ? `Herhaling: ${earlier} eerder incident(en) van deze soort binnen ${describeDuration(window)}`
        : `Eerste keer: geen eerder incident van deze soort binnen ${describeDuration(window)}`,
      { kind, window, earlierIncidents: earlier },
    );
    await this.missed.review(uow, { ...incident, kind }, window, now, actor);
    return { isRepeat: earlier > 0, earlierIncidents: earlier, recidiveWindow: window };
  }

  /**
   * `protocol.earlier-incidents` (window): how many incidents of any kind the citizen caused before this
   * one within the window, e.g. "repetition within a year" of 7.4. Sets `earlierIncidents`.
   */
  @ServiceTopic(EARLIER_INCIDENTS)
  async earlier(input: ServiceInput, { variables, scope }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    const window = textInput(input, 'window');
    const incident = await scope.uow.incidents.findOneByOrFail({ id: variable(variables, 'incidentId') });
    return { earlierIncidents: await countEarlier(scope.uow, incident, window, null) };
  }
}
