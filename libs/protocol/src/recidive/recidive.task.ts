import { Injectable } from '@nestjs/common';
import { DateTime, Duration } from 'luxon';
import { describeDuration } from '@ap/common';
import { WorkflowServiceHandler } from '@ap/workflow-runtime';
import { durationInput, textInput, variable } from '../model-input';
import { TimelineService } from '../timeline/timeline.service';

/**
 * `protocol.recidive`: is this a repeat? The model names the kind of behaviour (e.g. "telefoon-B") and
 * the window (P6M in the source); the citizen's earlier incidents of that kind within the window make
 * it one. Sets `isRepeat` and `earlierIncidents`.
 */
@Injectable()
export class RecidiveTask {
  constructor(private readonly timeline: TimelineService) {}

  readonly handle: WorkflowServiceHandler = async (input, { variables, scope }) => {
    const kind = textInput(input, 'kind');
    const window = durationInput(input, 'window');
    const { uow, now, actor } = scope;
    const incident = await uow.incidents.findOneByOrFail({ id: variable(variables, 'incidentId') });
    // Calendar arithmetic: six months back from 31 August is 28 or 29 February, not 184 days.
    const from = DateTime.fromJSDate(incident.occurredAt).minus(Duration.fromISO(window)).toJSDate();
    const [{ count }] = (await uow.query(
      `SELECT count(*) AS count FROM incidents
        WHERE citizen_id = $1 AND kind = $2 AND occurred_at >= $3 AND occurred_at < $4 AND id <> $5`,
      [incident.citizenId, kind, from, incident.occurredAt, incident.id],
    )) as { count: string }[];
    const earlier = Number(count);
    incident.kind = kind;
    incident.isRepeat = earlier > 0;
    await uow.incidents.save(incident);
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
    return { isRepeat: earlier > 0, earlierIncidents: earlier };
  };
}
