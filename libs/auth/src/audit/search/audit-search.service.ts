import { Injectable } from '@nestjs/common';
import { AUDIT_ACTIONS, AUDIT_RESOURCES, AuditAction, AuditResource, describeAuditDetails, DomainError, TIME_ZONE } from '@ap/common';
import { Database } from '@ap/persistence';
import { AuditLineView } from './audit-line.view';
import { AuditSearchFilters } from './audit-search.query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The most lines one export holds; a larger one is refused with a request to narrow the search. */
export const MAX_EXPORT_LINES = 100_000;

/** Searches the audit trail by citizen, incident, user and period, newest first. */
@Injectable()
export class AuditSearch {
  constructor(private readonly db: Database) {}

  async page(filters: AuditSearchFilters, limit: number, offset: number): Promise<[AuditLineView[], number]> {
    const { where, params } = conditions(filters);
    return this.db.read(async (uow) => {
      const [{ total }] = await uow.query(`SELECT count(*)::int AS total FROM audit_trail a ${where}`, params);
      const rows = await uow.query(`${SELECT} ${where} ORDER BY a.at DESC, a.id DESC LIMIT ${limit} OFFSET ${offset}`, params);
      return [rows.map(toView), total];
    });
  }

  /** Every matching line, for the export. */
  async all(filters: AuditSearchFilters): Promise<AuditLineView[]> {
    const { where, params } = conditions(filters);
    const rows = await this.db.read((uow) => uow.query(`${SELECT} ${where} ORDER BY a.at DESC, a.id DESC LIMIT ${MAX_EXPORT_LINES + 1}`, params));
    if (rows.length > MAX_EXPORT_LINES) {
      throw new DomainError('unprocessable', `Er zijn meer dan ${MAX_EXPORT_LINES.toLocaleString('nl-NL')} regels; kies een kortere periode of zoek op een burger, incident of gebruiker.`);
    }
    return rows.map(toView);
  }
}

const SELECT = `
  SELECT a.id, a.at, a.actor, u.display_name AS actor_name, a.address, a.action, a.resource_type, a.resource_id,
         a.citizen_id, c.name AS citizen_name, a.incident_id, i.reference AS incident_reference, a.reason, a.details
  FROM audit_trail a
  LEFT JOIN users u ON u.id = a.actor_id
  LEFT JOIN citizens c ON c.id = a.citizen_id
  LEFT JOIN incidents i ON i.id = a.incident_id`;

function conditions(filters: AuditSearchFilters): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const citizen = filters.citizen?.trim();
  if (citizen) {
    where.push(
      UUID.test(citizen)
        ? `a.citizen_id = ${param(citizen)}::uuid`
        : `a.citizen_id IN (SELECT id FROM citizens WHERE name ILIKE ${param(`%${citizen.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)})`,
    );
  }
  const incident = filters.incident?.trim();
  if (incident) {
    where.push(UUID.test(incident) ? `a.incident_id = ${param(incident)}::uuid` : `a.incident_id IN (SELECT id FROM incidents WHERE upper(reference) = upper(${param(incident)}))`);
  }
  const user = filters.user?.trim();
  if (user) where.push(`lower(a.actor) = lower(${param(user)})`);
  // Days are Dutch days: from the start of `from` up to the end of `to`, in the municipality's time.
  if (filters.from) where.push(`a.at >= (${param(filters.from)}::date)::timestamp AT TIME ZONE '${TIME_ZONE}'`);
  if (filters.to) where.push(`a.at < (${param(filters.to)}::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}'`);
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

function toView(row: any): AuditLineView {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    actorName: row.actor_name ?? null,
    address: row.address,
    action: row.action,
    actionLabel: AUDIT_ACTIONS[row.action as AuditAction] ?? row.action,
    resourceType: row.resource_type,
    resourceLabel: AUDIT_RESOURCES[row.resource_type as AuditResource] ?? row.resource_type,
    resourceId: row.resource_id,
    citizenId: row.citizen_id,
    citizenName: row.citizen_name ?? null,
    incidentId: row.incident_id,
    incidentReference: row.incident_reference ?? null,
    reason: row.reason,
    details: row.details ?? {},
    detailsLabel: describeAuditDetails(row.details ?? {}),
  };
}
