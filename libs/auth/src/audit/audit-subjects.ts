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
const INCIDENT_OF_KEY = (column: string) => `CASE WHEN ${column} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN ${column}::uuid END`;

// Per kind of resource (named by uuids), the incident and citizen of each, by primary keys only.
const LOOKUPS: Partial<Record<AuditResource, string>> = {
  incident: `SELECT id AS key, id AS incident_id, citizen_id FROM incidents WHERE id = ANY($1::uuid[])`,
  letter: `SELECT l.id AS key, i.id AS incident_id, i.citizen_id FROM letters l JOIN incidents i ON i.id = l.incident_id WHERE l.id = ANY($1::uuid[])`,
  ban: `SELECT id AS key, incident_id, citizen_id FROM bans WHERE id = ANY($1::uuid[])`,
  task: `SELECT t.id AS key, i.id AS incident_id, i.citizen_id FROM user_tasks t JOIN incidents i ON i.id = ${INCIDENT_OF_KEY('t.business_key')} WHERE t.id = ANY($1::uuid[])`,
  'process-instance': `SELECT p.id AS key, i.id AS incident_id, i.citizen_id FROM process_instances p JOIN incidents i ON i.id = ${INCIDENT_OF_KEY('p.business_key')} WHERE p.id = ANY($1::uuid[])`,
};
// An incident may be named by its reference (a letter preview's `incident`): the line keeps its id.
const BY_REFERENCE = `SELECT reference AS key, id AS incident_id, citizen_id FROM incidents WHERE reference = ANY($1::text[])`;

/**
 * The citizen and incident each resource concerns, in the order given, so the auditor finds every line
 * about a citizen or an incident whatever was read (a letter, a photo, a task). One query for a whole list.
 */
export async function auditSubjects(uow: UnitOfWork, resource: AuditResource, ids: (string | null)[]): Promise<AuditSubject[]> {
  if (resource === 'citizen' || resource === 'photo') return ids.map((id) => ({ resourceId: id, citizenId: id && UUID.test(id) ? id : null, incidentId: null }));
  const uuids = ids.filter((id): id is string => !!id && UUID.test(id));
  const references = resource === 'incident' ? ids.filter((id): id is string => !!id && !UUID.test(id)) : [];
  const found = new Map<string, { incident_id: string; citizen_id: string }>();
  const lookup = LOOKUPS[resource];
  if (lookup && uuids.length) for (const row of await uow.query(lookup, [uuids])) found.set(row.key, row);
  if (references.length) for (const row of await uow.query(BY_REFERENCE, [references])) found.set(row.key, row);
  return ids.map((id) => {
    const row = id ? found.get(id) : undefined;
    return { resourceId: references.includes(id!) ? (row?.incident_id ?? id) : id, citizenId: row?.citizen_id ?? null, incidentId: row?.incident_id ?? null };
  });
}
