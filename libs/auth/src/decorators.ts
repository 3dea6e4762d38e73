import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Capability, Role } from '@ap/common';
import { Actor } from './audit/audit-trail';
import { AuthUser } from './auth-user';

export const ROLES_KEY = 'ap:roles';
export const CAPABILITY_KEY = 'ap:capability';
export const PUBLIC_KEY = 'ap:public';
export const ANY_ROLE = '*';

/** Who may call an endpoint. Every endpoint says so; one that does not is refused to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * The roles this deployment gives a capability (AccessPolicy): for a capability whose roles are a setting,
 * so the guard reads them when the request comes, not when the class is defined.
 */
export const RolesOf = (capability: Capability) => SetMetadata(CAPABILITY_KEY, capability);

/** Any signed-in user; the handler itself narrows by role (e.g. "my tasks"). */
export const AnyRole = () => SetMetadata(ROLES_KEY, [ANY_ROLE]);

/** No sign-in needed (the login itself). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest().user;
});

/** The signed-in user and the address the request came from, for the audit trail. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest();
  return { id: request.user.id, username: request.user.username, address: request.ip ?? null };
});

/** The session the request's token belongs to. */
export const CurrentSession = createParamDecorator((_: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest().sessionId);
