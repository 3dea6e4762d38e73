import { Injectable } from '@nestjs/common';
import { DomainError, may, UUID_PATTERN } from '@ap/common';
import { Database, UnitOfWork } from '@ap/persistence';
import { AuthUser } from '../auth-user';

/** Why a file is closed to someone, in the words the 403 and the web app use. */
export const NOT_INVOLVED =
  'Dit dossier is alleen te zien voor wie erbij betrokken is (de melder, wie er een taak in heeft of had, en de eerste medewerker van het team van de melder) en voor het afdelingshoofd, het college, P&O en de beheerder.';

/**
 * Which incident files a user may open. An aggression file holds sensitive data about a citizen and a
 * colleague: those with an organisation-wide duty (ACCESS.allIncidentFiles) read every file; others read
 * the files they are involved in: they reported it, they have or had one of its tasks, an open task of it
 * waits for their role, or, as a team lead, it was reported in their team.
 */
@Injectable()
export class IncidentVisibility {
  constructor(private readonly db: Database) {}

  /**
   * A SQL condition on the incidents aliased `alias` that holds for the files the user may open; its
   * parameters are appended to `params`.
   */
  condition(user: AuthUser, params: unknown[], alias = 'i'): string {
    if (may(user.roles, 'allIncidentFiles')) return 'TRUE';
    params.push(user.id);
    const self = `$${params.length}`;
    params.push(user.roles);
    const roles = `$${params.length}`;
    const lead = user.roles.includes('team-lead') ? `OR ${alias}.unit_id = (SELECT unit_id FROM users WHERE id = ${self})` : '';
    return `(${alias}.reported_by = ${self}
      OR EXISTS (SELECT 1 FROM user_tasks t WHERE t.business_key = ${alias}.id::text
                   AND (t.assignee_id = ${self} OR t.completed_by = ${self} OR (t.status = 'open' AND t.assignee_id IS NULL AND t.candidate_groups && ${roles}::text[])))
      ${lead})`;
  }

  async mayOpen(user: AuthUser, incidentId: string, uow?: UnitOfWork): Promise<boolean> {
    return (await this.visible(user, 'id', incidentId, uow)) !== false;
  }

  /**
   * Refuses (403) a file the user is not involved in, by its id or its reference; an incident that does
   * not exist is left to the caller, who answers 404.
   */
  async assertMayOpen(user: AuthUser, incident: { id: string } | { reference: string }, uow?: UnitOfWork): Promise<void> {
    const visible = 'id' in incident ? await this.visible(user, 'id', incident.id, uow) : await this.visible(user, 'reference', incident.reference, uow);
    if (visible === false) throw new DomainError('forbidden', NOT_INVOLVED);
  }

  /** Whether the user may open the incident; null when there is no such incident. */
  private async visible(user: AuthUser, by: 'id' | 'reference', value: string, uow?: UnitOfWork): Promise<boolean | null> {
    if (may(user.roles, 'allIncidentFiles')) return true;
    // A process's business key is an incident's id or another case's (a home visit's), not always a uuid.
    if (by === 'id' && !UUID_PATTERN.test(value)) return null;
    const params: unknown[] = [value];
    const run = (u: UnitOfWork) => u.query<{ visible: boolean }>(`SELECT ${this.condition(user, params)} AS visible FROM incidents i WHERE i.${by} = $1`, params);
    const [row] = await (uow ? run(uow) : this.db.read(run));
    // SQL says NULL where a team lead or the incident has no team: that is no.
    return row ? row.visible === true : null;
  }
}
