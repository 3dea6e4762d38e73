import { UnitOfWork } from '@ap/persistence';
import { TaskSubject, TaskSubjectSource } from '@ap/workflow-runtime';
import { formatDutchDate, formatDutchTime } from '@ap/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOME_VISIT = 'home-visit:';

/**
 * What the protocol's business keys stand for in a task list: an incident (its id) or a planned visit. On a
 * task the model assigned to someone else the line names no one: the incident's reference, the visit's time.
 */
export class ProtocolTaskSubjects implements TaskSubjectSource {
  async describe(uow: UnitOfWork, keys: string[]): Promise<Map<string, TaskSubject>> {
    const found = new Map<string, TaskSubject>();
    const incidentIds = keys.filter((k) => UUID.test(k));
    const visitIds = keys.filter((k) => k.startsWith(HOME_VISIT) && UUID.test(k.slice(HOME_VISIT.length))).map((k) => k.slice(HOME_VISIT.length));
    if (incidentIds.length) {
      const rows = await uow.query<{ id: string; reference: string; name: string }>(
        `SELECT i.id, i.reference, c.name FROM incidents i JOIN citizens c ON c.id = i.citizen_id WHERE i.id = ANY($1::uuid[])`,
        [incidentIds],
      );
      for (const row of rows) found.set(row.id, { kind: 'incident', id: row.id, title: `${row.reference} · ${row.name}`, restrictedTitle: row.reference });
    }
    if (visitIds.length) {
      const rows = await uow.query<{ id: string; visited_name: string; planned_start: Date }>(
        `SELECT id, visited_name, planned_start FROM home_visits WHERE id = ANY($1::uuid[])`,
        [visitIds],
      );
      for (const row of rows) {
        const when = `${formatDutchDate(row.planned_start)} ${formatDutchTime(row.planned_start)}`;
        // Whom someone visits is for those the visit's task is for, not for every colleague with the role.
        found.set(`${HOME_VISIT}${row.id}`, { kind: 'home-visit', id: row.id, title: `Huisbezoek ${row.visited_name}, ${when}`, restrictedTitle: `Huisbezoek, ${when}` });
      }
    }
    return found;
  }
}
