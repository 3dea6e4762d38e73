import { Injectable } from '@nestjs/common';
import { Actor, AuditTrail } from '@ap/auth';
import { Clock, DomainError } from '@ap/common';
import { CitizenEntity, Database, UnitOfWork } from '@ap/persistence';
import { AnonymisedCounts, Anonymiser } from './anonymiser';
import { CitizenExport } from './citizen-export';
import { ErasureBlockers } from './erasure-blockers';

/** A citizen's rights under the AVG: their data as one archive (art. 15), and its erasure (art. 17). */
@Injectable()
export class CitizenRights {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly exporter: CitizenExport,
    private readonly anonymiser: Anonymiser,
    private readonly blockers: ErasureBlockers,
  ) {}

  /** The archive; the export itself goes into the audit trail (what was handed over, by whom). */
  async export(id: string, by: Actor): Promise<{ zip: Buffer; fileName: string }> {
    const now = this.clock.now();
    return this.db.transaction(async (uow) => {
      const citizen = await this.citizen(uow, id, false);
      const { zip, letters, incidents } = await this.exporter.archive(uow, citizen, now);
      await this.audit.record(uow, by, { action: 'citizen-exported', resourceType: 'citizen', resourceId: id, details: { incidents, letters, bytes: zip.length } });
      return { zip, fileName: `inzage-${id.slice(0, 8)}.zip` };
    });
  }

  /**
   * Erases the citizen, unless a legal duty still keeps their data: then 409 naming each ban and decision
   * that holds it, and until when. The audit line names the request, not the data removed.
   */
  async erase(id: string, reason: string, by: Actor): Promise<AnonymisedCounts> {
    const now = this.clock.now();
    return this.db.transaction(async (uow) => {
      const citizen = await this.citizen(uow, id, true);
      const blockers = await this.blockers.of(uow, id, now);
      if (blockers.length) {
        throw new DomainError('conflict', `De gegevens van deze burger kunnen nog niet worden gewist: ${blockers.map((b) => b.message).join('; ')}.`, { blockers });
      }
      const counts = await this.anonymiser.citizen(uow, citizen, now);
      await this.audit.record(uow, by, { action: 'citizen-erased', resourceType: 'citizen', resourceId: id, reason, details: { ...counts } });
      return counts;
    });
  }

  private async citizen(uow: UnitOfWork, id: string, forErasure: boolean): Promise<CitizenEntity> {
    // Locked for an erasure, so a report for the same citizen waits for it instead of racing it.
    const citizen = await uow.citizens.findOne({ where: { id }, ...(forErasure ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!citizen) throw new DomainError('not-found', `Burger ${id} bestaat niet`);
    if (forErasure && citizen.erasedAt) throw new DomainError('conflict', 'De gegevens van deze burger zijn al gewist.');
    return citizen;
  }
}
