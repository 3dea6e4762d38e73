import { Injectable } from '@nestjs/common';
import { Clock } from '@ap/common';
import { UnitOfWork } from '@ap/persistence';
import { AuditAction, AuditResource } from '@ap/contracts';

/** Who acts, as a request shows them: the account and the address the request came from. */
export interface Actor {
  id: string | null;
  username: string;
  address: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  resourceType: AuditResource;
  resourceId?: string | null;
  /** The citizen and the incident the line concerns, for the auditor's search by either. */
  citizenId?: string | null;
  incidentId?: string | null;
  reason?: string | null;
  /** What changed, never the content that was removed or a secret (a password is never written here). */
  details?: Record<string, unknown>;
}

/**
 * Appends to the audit trail in the caller's transaction, so a change and its record commit or roll back
 * together. The table refuses updates and deletes.
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly clock: Clock) {}

  /** One line per entry, in one statement (a list read records one line per item it shows). */
  async record(uow: UnitOfWork, actor: Actor, ...entries: AuditEntry[]): Promise<void> {
    const at = this.clock.now();
    await uow.auditTrail.insert(
      entries.map((entry) => ({
        at,
        actorId: actor.id,
        actor: actor.username,
        address: actor.address,
        action: entry.action,
        resourceType: entry.resourceType,
        resourceId: entry.resourceId ?? null,
        reason: entry.reason ?? null,
        details: (entry.details ?? {}) as object,
        citizenId: entry.citizenId ?? null,
        incidentId: entry.incidentId ?? null,
      })),
    );
  }
}
