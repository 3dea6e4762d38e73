import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '@ap/common';
import { AuthUser } from './auth-user';

export const ROLES_KEY = 'ap:roles';
export const PUBLIC_KEY = 'ap:public';
export const ANY_ROLE = '*';

/** Who may call an endpoint. Every endpoint says so; one that does not is refused to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in user; the handler itself narrows by role (e.g. "my tasks"). */
export const AnyRole = () => SetMetadata(ROLES_KEY, [ANY_ROLE]);

/** No sign-in needed (the login itself). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest().user;
});
