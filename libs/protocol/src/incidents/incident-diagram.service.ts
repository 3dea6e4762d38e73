import { Injectable } from '@nestjs/common';
import { Clock } from '@ap/common';
import { Database, In, LessThan } from '@ap/persistence';
import { IncidentsService } from './incidents.service';
import { IncidentDiagramView } from './incident-diagram.view';

/**
 * The process diagrams of one incident: each model in the version its instances run on (a model changed
 * since is not what this incident follows), with the steps done, waiting, overdue and failed.
 */
@Injectable()
export class IncidentDiagramService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly incidents: IncidentsService,
  ) {}

  async diagram(incidentId: string): Promise<IncidentDiagramView> {
    const now = this.clock.now();
    return this.db.read(async (uow) => {
      await this.incidents.get(uow, incidentId);
      const instances = await uow.instances.find({
        where: { businessKey: incidentId },
        select: { id: true, parentInstanceId: true, definitionId: true, status: true, failure: true, startedAt: true, endedAt: true, doneElements: true, waitingElements: true },
        order: { startedAt: 'ASC' },
      });
      if (!instances.length) return { definitions: [], instances: [] };
      const ids = instances.map((i) => i.id);
      const [definitions, late] = await Promise.all([
        uow.definitions.find({ where: { id: In([...new Set(instances.map((i) => i.definitionId))]) }, select: { id: true, key: true, version: true, name: true, xml: true } }),
        uow.tasks.find({ where: { instanceId: In(ids), status: 'open', dueAt: LessThan(now) }, select: { instanceId: true, elementId: true } }),
      ]);
      const roots = instances.filter((i) => !i.parentInstanceId);
      return {
        definitions: definitions.map(({ id, key, version, name, xml }) => ({ id, key, version, name, xml })),
        instances: [...roots, ...instances.filter((i) => i.parentInstanceId)].map((i) => ({
          id: i.id,
          parentInstanceId: i.parentInstanceId,
          definitionId: i.definitionId,
          status: i.status,
          startedAt: i.startedAt,
          endedAt: i.endedAt,
          done: i.doneElements,
          waiting: i.waitingElements,
          overdue: [...new Set(late.filter((t) => t.instanceId === i.id).map((t) => t.elementId))],
          failed: i.failure?.elementId ? [i.failure.elementId] : [],
        })),
      };
    });
  }
}
