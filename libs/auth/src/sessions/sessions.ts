import { Injectable } from '@nestjs/common';
import { isRole } from '@ap/common';
import { Database, UnitOfWork } from '@ap/persistence';
import { AuthUser } from '../auth-user';

/** Why a session ended; each has its own words on the sign-in page's 401. */
export type SessionEnd = 'signed-out' | 'deactivated' | 'password-set';

const ENDED: Record<SessionEnd | 'inactive' | 'unknown', string> = {
  'signed-out': 'U bent uitgelogd; log opnieuw in',
  deactivated: 'Uw account is gedeactiveerd; neem contact op met de beheerder',
  inactive: 'Uw account is gedeactiveerd; neem contact op met de beheerder',
  'password-set': 'Uw wachtwoord is opnieuw ingesteld; log opnieuw in met het nieuwe wachtwoord',
  unknown: 'Het token is ongeldig of verlopen; log opnieuw in',
};

export type SessionCheck = { user: AuthUser } | { refused: string };

/**
 * Sign-ins as the server keeps them. A token names its session; a request is judged on that session and
 * on the account as it is now (active, its current roles), never on what the token said at sign-in.
 */
@Injectable()
export class Sessions {
  constructor(private readonly db: Database) {}

  async start(uow: UnitOfWork, id: string, userId: string, startedAt: Date, expiresAt: Date): Promise<void> {
    await uow.sessions.insert({ id, userId, startedAt, expiresAt, endedAt: null, endReason: null });
  }

  /** The account behind the token, as it is now, or why the token no longer counts. */
  async check(sessionId: string | undefined, userId: string): Promise<SessionCheck> {
    if (!sessionId) return { refused: ENDED.unknown };
    const [row] = await this.db.read((uow) =>
      uow.query<{ user_id: string; end_reason: SessionEnd | null; ended: boolean; username: string; display_name: string; job_title: string; roles: string[]; active: boolean }>(
        `SELECT s.user_id, s.end_reason, s.ended_at IS NOT NULL AS ended, u.username, u.display_name, u.job_title, u.roles, u.active
           FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
        [sessionId],
      ),
    );
    if (!row || row.user_id !== userId) return { refused: ENDED.unknown };
    if (row.ended) return { refused: ENDED[row.end_reason ?? 'unknown'] };
    if (!row.active) return { refused: ENDED.inactive };
    return { user: { id: row.user_id, username: row.username, displayName: row.display_name, jobTitle: row.job_title, roles: row.roles.filter(isRole) } };
  }

  async end(uow: UnitOfWork, sessionId: string, at: Date, reason: SessionEnd): Promise<void> {
    await uow.query(`UPDATE user_sessions SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL`, [sessionId, at, reason]);
  }

  /** Ends every open session of an account: after deactivation or a new password, no old token works. */
  async endAll(uow: UnitOfWork, userId: string, at: Date, reason: SessionEnd): Promise<number> {
    const [{ count }] = await uow.query<{ count: number }>(
      `WITH ended AS (UPDATE user_sessions SET ended_at = $2, end_reason = $3 WHERE user_id = $1 AND ended_at IS NULL RETURNING 1)
       SELECT count(*)::int AS count FROM ended`,
      [userId, at, reason],
    );
    return count;
  }
}
