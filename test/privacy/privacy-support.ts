import { createHash } from 'node:crypto';
import { Database } from '@ap/persistence';
import { SharedTestApp } from '../support/use-test-app';

export const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

// A 1x1 PNG.
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** What monitoring counts: incidents per channel and month, over the whole register. */
export async function incidentsPerChannelAndMonth(app: SharedTestApp): Promise<unknown[]> {
  return app.t.app
    .get(Database)
    .read((uow) =>
      uow.query(
        `SELECT channel, to_char(occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month, count(*)::int AS incidents
           FROM incidents GROUP BY 1, 2 ORDER BY 1, 2`,
      ),
    );
}

/** The audit trail's lines of an action on one resource. */
export async function auditLines(app: SharedTestApp, action: string, resourceId: string): Promise<{ actor: string; reason: string | null; details: Record<string, unknown> }[]> {
  return app.t.app
    .get(Database)
    .read((uow) => uow.query(`SELECT actor, reason, details FROM audit_trail WHERE action = $1 AND resource_id = $2 ORDER BY id`, [action, resourceId]));
}
