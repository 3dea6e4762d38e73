import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DateTime, Duration } from 'luxon';
import { Actor, AuditTrail } from '@ap/auth';
import { AuditResource, Clock, PollingLoop } from '@ap/common';
import { Database, UnitOfWork } from '@ap/persistence';
import { Anonymiser, FileParts } from '../anonymiser';
import { ErasureBlockers } from '../erasure-blockers';
import { PRIVACY_OPTIONS, PrivacyOptions, RetentionPeriods } from '../privacy-options';

/** Who the audit trail names for a removal at the end of a retention period. */
const RETENTION_ACTOR: Actor = { id: null, username: 'bewaartermijn', address: null };

/** Rows claimed per transaction. */
const BATCH = 20;

/** What one run removed or anonymised, by kind. */
export interface RetentionRun {
  photos: number;
  letters: number;
  incidentFiles: number;
  citizens: number;
  auditLines: number;
}

/** When a closed incident's protocol ended: its root instance's end. */
const CLOSED = `(SELECT p.ended_at FROM process_instances p WHERE p.id = i.process_instance_id AND p.status = 'completed')`;

/**
 * Removes or anonymises what has been kept for its retention period (RetentionPeriods). Every service
 * process runs it now and then (RETENTION_POLL_MS); the work is claimed row by row with FOR UPDATE SKIP
 * LOCKED in the transaction that anonymises it and marks it erased, so each item is handled once, however
 * many processes run, and a run cut off by a crash is finished by the next. Each removal is recorded in the
 * audit trail by kind and id, without what was removed.
 */
@Injectable()
export class RetentionJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RetentionJob.name);
  private readonly loop: PollingLoop;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly anonymiser: Anonymiser,
    private readonly blockers: ErasureBlockers,
    @Inject(PRIVACY_OPTIONS) private readonly options: PrivacyOptions,
  ) {
    this.loop = new PollingLoop(options.retentionPollMs, () => this.run(), (err) =>
      this.logger.error(`Retention run failed: ${err instanceof Error ? err.message : err}`),
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  async run(): Promise<RetentionRun> {
    const now = this.clock.now();
    const before = (kind: keyof RetentionPeriods) => DateTime.fromJSDate(now).minus(Duration.fromISO(this.options.retention[kind])).toJSDate();
    return {
      photos: await this.drain(() => this.photos(before('photos'))),
      letters: await this.drain(() => this.files(before('letters'), 'letters', { content: false, letters: true })),
      incidentFiles: await this.drain(() => this.files(before('incidentFiles'), 'incidentFiles', { content: true, letters: false })),
      citizens: await this.drain(() => this.citizens(before('citizens'))),
      auditLines: await this.auditTrail(before('auditTrail')),
    };
  }

  private async drain(batch: () => Promise<number>): Promise<number> {
    let total = 0;
    for (let done = await batch(); done > 0; done = await batch()) total += done;
    return total;
  }

  /** Photos whose last ban ended (or, without one, that were attached) before the cut-off, with no ban proposed or in force. */
  private photos(before: Date): Promise<number> {
    return this.db.transaction(async (uow) => {
      const rows = await uow.query<{ id: string }>(
        `SELECT c.id FROM citizens c
          WHERE c.photo_type IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM bans b WHERE b.citizen_id = c.id AND b.status IN ('proposed', 'active'))
            AND GREATEST((SELECT max(COALESCE(b.ended_at, b.created_at)) FROM bans b WHERE b.citizen_id = c.id), c.photo_attached_at) <= $1
          ORDER BY c.id LIMIT ${BATCH} FOR UPDATE OF c SKIP LOCKED`,
        [before],
      );
      for (const { id } of rows) {
        await this.anonymiser.photo(uow, id, this.clock.now());
        await this.record(uow, 'citizen', id, { kind: 'photo', retention: this.options.retention.photos });
      }
      return rows.length;
    });
  }

  /** The letters, or the rest of the file, of incidents closed before the cut-off. */
  private files(before: Date, kind: 'letters' | 'incidentFiles', parts: FileParts): Promise<number> {
    const pending = parts.letters ? `EXISTS (SELECT 1 FROM letters l WHERE l.incident_id = i.id AND l.erased_at IS NULL)` : `i.erased_at IS NULL`;
    return this.db.transaction(async (uow) => {
      const incidents = await uow.query<{ id: string }>(
        `SELECT i.id FROM incidents i WHERE ${pending} AND ${CLOSED} <= $1 ORDER BY i.id LIMIT ${BATCH} FOR UPDATE OF i SKIP LOCKED`,
        [before],
      );
      for (const { id } of incidents) {
        const incident = (await uow.incidents.findOneBy({ id }))!;
        const citizen = (await uow.citizens.findOneBy({ id: incident.citizenId }))!;
        const counts = await this.anonymiser.incident(uow, incident, citizen, this.clock.now(), parts);
        await this.record(uow, 'incident', id, { kind: kind === 'letters' ? 'letters' : 'incident-file', retention: this.options.retention[kind], letters: counts.letters, tasks: counts.tasks });
      }
      return incidents.length;
    });
  }

  /**
   * Citizens with no open incident or ban whose last incident closed before the cut-off (or, without
   * incidents, who were last changed before it): everything of theirs, as an erasure on request would.
   */
  private citizens(before: Date): Promise<number> {
    return this.db.transaction(async (uow) => {
      const rows = await uow.query<{ id: string }>(
        `SELECT c.id FROM citizens c
          WHERE c.erased_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM bans b WHERE b.citizen_id = c.id AND b.status IN ('proposed', 'active'))
            AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.citizen_id = c.id AND ${CLOSED} IS NULL)
            AND COALESCE((SELECT max(${CLOSED}) FROM incidents i WHERE i.citizen_id = c.id), c.updated_at) <= $1
          ORDER BY c.id LIMIT ${BATCH} FOR UPDATE OF c SKIP LOCKED`,
        [before],
      );
      let erased = 0;
      for (const { id } of rows) {
        // A decision still open to objection keeps the data; the next run looks again.
        if ((await this.blockers.of(uow, id, this.clock.now())).length) continue;
        const citizen = (await uow.citizens.findOneBy({ id }))!;
        const counts = await this.anonymiser.citizen(uow, citizen, this.clock.now());
        await this.record(uow, 'citizen', id, { kind: 'citizen', retention: this.options.retention.citizens, ...counts });
        erased++;
      }
      return erased;
    });
  }

  /**
   * Lines of the audit trail older than its retention. One process at a time prunes (an advisory lock);
   * the trail's trigger lets this transaction delete (`ap.audit_retention`), and the pruning is itself a line.
   */
  private auditTrail(before: Date): Promise<number> {
    return this.db.transaction(async (uow) => {
      const [{ locked }] = await uow.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock(7140031) AS locked`);
      if (!locked) return 0;
      await uow.query(`SELECT set_config('ap.audit_retention', 'on', true)`);
      const [{ count }] = await uow.query<{ count: number }>(`WITH gone AS (DELETE FROM audit_trail WHERE at < $1 RETURNING 1) SELECT count(*)::int AS count FROM gone`, [before]);
      if (count) await this.record(uow, 'audit-trail', null, { kind: 'audit-trail', retention: this.options.retention.auditTrail, lines: count, before });
      return count;
    });
  }

  private record(uow: UnitOfWork, resourceType: AuditResource, resourceId: string | null, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(uow, RETENTION_ACTOR, { action: 'retention-removed', resourceType, resourceId, details });
  }
}
