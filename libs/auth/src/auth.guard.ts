import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { isRole, ROLES } from '@ap/common';
import { ANY_ROLE, PUBLIC_KEY, ROLES_KEY } from './decorators';
import { AuthUser } from './auth-user';

/**
 * Applied to every route: a valid bearer token (401 otherwise), then the roles the route names (403).
 * A route that names no roles is closed, so forgetting the decorator cannot open an endpoint.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (!token) throw new UnauthorizedException('Niet ingelogd: stuur een token in de Authorization-header');
    let user: AuthUser;
    try {
      const payload = await this.jwt.verifyAsync<{ sub: string; user: Omit<AuthUser, 'id'> }>(token);
      user = { id: payload.sub, ...payload.user };
    } catch {
      throw new UnauthorizedException('Het token is ongeldig of verlopen; log opnieuw in');
    }
    request.user = user;

    const roles = this.reflector.getAllAndOverride<string[]>(ROLES_KEY, targets);
    if (!roles?.length) throw new ForbiddenException('Dit endpoint heeft geen rolbeleid');
    if (roles.includes(ANY_ROLE) || roles.some((r) => (user.roles as string[]).includes(r))) return true;
    throw new ForbiddenException(`Hiervoor is een van deze rollen nodig: ${roles.map((r) => (isRole(r) ? ROLES[r] : r)).join(', ')}.`);
  }
}
