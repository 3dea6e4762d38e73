import { AuditResource } from '@ap/common';
import { UnitOfWork } from '@ap/persistence';

/** A resource as the audit trail keeps it: its id, and the citizen and incident it concerns. */
export interface AuditSubject {
  resourceId: string | null;
  citizenId: string | null;
  incidentId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Per kind of resource, how its citizen and incident are found: a task and a process instance by their
// business key, which is the incident's id (a home visit's is "home-visit:<id>" and concerns no citizen).
const LOOKUPS: Partial<Record<AuditResource, string>> = {
  incident: `SELECT id AS incident_id, citizen_id FROM incidents WHERE id::text = $1 OR reference = $1`,
  letter: `SELECT i.id AS incident_id, i.citizen_id FROM letters l JOIN incidents i ON i.id = l.incident_id WHERE l.id = $1::uuid`,
  ban: `SELECT incident_id, citizen_id FROM bans WHERE id = $1::uuid`,
  task: `SELECT i.id AS incident_id, i.citizen_id FROM user_tasks t JOIN incidents i ON i.id::text = t.business_key WHERE t.id = $1::uuid`,
  'process-instance': `SELECT i.id AS incident_id, i.citizen_id FROM process_instances p JOIN incidents i ON i.id::text = p.business_key WHERE p.id = $1::uuid`,
};

/**
 * The citizen and incident a resource concerns, so the auditor finds every line about a citizen or an
 * incident whatever was read (a letter, a photo, a task). An incident may be named by its reference.
 */
export async function auditSubject(uow: UnitOfWork, resource: AuditResource, id: string | null): Promise<AuditSubject> {
  if (!id) return { resourceId: null, citizenId: null, incidentId: null };
  if (resource === 'citizen' || resource === 'photo') return { resourceId: id, citizenId: UUID.test(id) ? id : null, incidentId: null };
  const lookup = LOOKUPS[resource];
  if (!lookup || (resource !== 'incident' && !UUID.test(id))) return { resourceId: id, citizenId: null, incidentId: null };
  const [row] = await uow.query(lookup, [id]);
  return { resourceId: resource === 'incident' ? (row?.incident_id ?? id) : id, citizenId: row?.citizen_id ?? null, incidentId: row?.incident_id ?? null };
}
