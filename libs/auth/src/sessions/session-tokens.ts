import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '@ap/common';
import { Database } from '@ap/persistence';
import { Actor, AuditTrail } from '../audit/audit-trail';
import { AuthUser } from '../auth-user';
import { TokenPayload } from '../auth.guard';
import { Sessions } from './sessions';

/** Opens a session for a signed-in user and hands out its token; closes it on sign-out. Both are audited. */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly db: Database,
    private readonly jwt: JwtService,
    private readonly sessions: Sessions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async issue(user: AuthUser, address: string | null): Promise<{ accessToken: string; expiresAt: string }> {
    const sessionId = randomUUID();
    const payload: TokenPayload = { sub: user.id, jti: sessionId };
    const accessToken = await this.jwt.signAsync(payload);
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    const expiresAt = new Date(exp * 1000);
    await this.db.transaction(async (uow) => {
      await this.sessions.start(uow, sessionId, user.id, this.clock.now(), expiresAt);
      await this.audit.record(uow, { id: user.id, username: user.username, address }, { action: 'sign-in', resourceType: 'session', resourceId: sessionId });
    });
    return { accessToken, expiresAt: expiresAt.toISOString() };
  }

  async revoke(sessionId: string, actor: Actor): Promise<void> {
    await this.db.transaction(async (uow) => {
      await this.sessions.end(uow, sessionId, this.clock.now(), 'signed-out');
      await this.audit.record(uow, actor, { action: 'sign-out', resourceType: 'session', resourceId: sessionId });
    });
  }
}
