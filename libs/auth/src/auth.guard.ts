import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { Capability, isRole, ROLES } from '@ap/common';
import { AccessPolicy } from './access/access-policy';
import { ANY_ROLE, CAPABILITY_KEY, PUBLIC_KEY, ROLES_KEY } from './decorators';
import { Sessions } from './sessions/sessions';

/** A token names its account (sub) and its session (jti); nothing else in it is trusted. */
export interface TokenPayload {
  sub: string;
  jti?: string;
}

/**
 * Applied to every route: a valid bearer token of an open session of an active account (401 otherwise),
 * then the roles the route names, as the account has them now (403).
 * A route that names no roles is closed, so forgetting the decorator cannot open an endpoint.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: Sessions,
    private readonly policy: AccessPolicy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (!token) throw new UnauthorizedException('Niet ingelogd: stuur een token in de Authorization-header');
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch (err) {
      throw new UnauthorizedException(err instanceof TokenExpiredError ? 'Uw sessie is verlopen. Log opnieuw in om verder te gaan.' : 'Het token is ongeldig; log opnieuw in');
    }
    // The account as it is now, not as the token described it at sign-in.
    const checked = await this.sessions.check(payload.jti, payload.sub);
    if ('refused' in checked) throw new UnauthorizedException(checked.refused);
    const user = checked.user;
    request.user = user;
    request.sessionId = payload.jti;

    const roles = this.rolesOf(targets);
    if (!roles?.length) throw new ForbiddenException('Dit endpoint heeft geen rolbeleid');
    if (roles.includes(ANY_ROLE) || roles.some((r) => (user.roles as string[]).includes(r))) return true;
    throw new ForbiddenException(`Hiervoor is een van deze rollen nodig: ${roles.map((r) => (isRole(r) ? ROLES[r] : r)).join(', ')}.`);
  }

  /** The roles a route names, or those this deployment gives the capability it names. */
  private rolesOf(targets: Parameters<Reflector['getAllAndOverride']>[1]): readonly string[] | undefined {
    const capability = this.reflector.getAllAndOverride<Capability | undefined>(CAPABILITY_KEY, targets);
    return capability ? this.policy.rolesFor(capability) : this.reflector.getAllAndOverride<string[]>(ROLES_KEY, targets);
  }
}
