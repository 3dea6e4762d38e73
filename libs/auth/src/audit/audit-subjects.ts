import { AuditResource } from '@ap/common';
import { UnitOfWork } from '@ap/persistence';

/** A resource as the audit trail keeps it: its id, and the citizen and incident it concerns. */
export interface AuditSubject {
  resourceId: string | null;
  citizenId: string | null;
  incidentId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The incident a business key names: an incident's id; a home visit's key ("home-visit:<id>") names none.
const INCIDENT_OF_KEY = `CASE WHEN business_key ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN business_key::uuid END`;

// Per kind of resource (named by a uuid), how its incident and citizen are found, by primary keys only.
const LOOKUPS: Partial<Record<AuditResource, string>> = {
  incident: `SELECT id AS incident_id, citizen_id FROM incidents WHERE id = $1::uuid`,
  letter: `SELECT i.id AS incident_id, i.citizen_id FROM letters l JOIN incidents i ON i.id = l.incident_id WHERE l.id = $1::uuid`,
  ban: `SELECT incident_id, citizen_id FROM bans WHERE id = $1::uuid`,
  task: `SELECT id AS incident_id, citizen_id FROM incidents WHERE id = (SELECT ${INCIDENT_OF_KEY} FROM user_tasks WHERE id = $1::uuid)`,
  'process-instance': `SELECT id AS incident_id, citizen_id FROM incidents WHERE id = (SELECT ${INCIDENT_OF_KEY} FROM process_instances WHERE id = $1::uuid)`,
};

/**
 * The citizen and incident a resource concerns, so the auditor finds every line about a citizen or an
 * incident whatever was read (a letter, a photo, a task).
 */
export async function auditSubject(uow: UnitOfWork, resource: AuditResource, id: string | null): Promise<AuditSubject> {
  if (!id) return { resourceId: null, citizenId: null, incidentId: null };
  if (resource === 'citizen' || resource === 'photo') return { resourceId: id, citizenId: UUID.test(id) ? id : null, incidentId: null };
  // An incident may be named by its reference (a letter preview's `incident`): the line keeps its id.
  const byReference = resource === 'incident' && !UUID.test(id);
  const lookup = byReference ? `SELECT id AS incident_id, citizen_id FROM incidents WHERE reference = $1` : LOOKUPS[resource];
  if (!lookup || (!byReference && !UUID.test(id))) return { resourceId: id, citizenId: null, incidentId: null };
  const [row] = await uow.query(lookup, [id]);
  return { resourceId: byReference ? (row?.incident_id ?? id) : id, citizenId: row?.citizen_id ?? null, incidentId: row?.incident_id ?? null };
}
