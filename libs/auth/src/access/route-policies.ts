import { INestApplicationContext, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { Capability } from '@ap/common';
import { AUDITED_KEY, AuditedRoute } from '../audit/audited';
import { ANY_ROLE, CAPABILITY_KEY, PUBLIC_KEY, ROLES_KEY } from '../decorators';
import { AccessPolicy } from './access-policy';

export interface RoutePolicy {
  /** `GET /incidents/:id`, without the global /api prefix. */
  route: string;
  method: string;
  path: string;
  /** 'public', 'any' (every signed-in user), the roles it lets through, or 'none' when it states no policy. */
  policy: 'public' | 'any' | 'none' | string[];
  /** The capability whose roles this deployment sets (AUDITOR_ROLES), when the route names one. */
  capability: Capability | null;
  /** What the route records in the audit trail, if anything. */
  audited: AuditedRoute | null;
  /** The controller class and its method that handle it. */
  controller: abstract new (...args: any[]) => unknown;
  handler: string;
}

/**
 * Every route of the running app with the policy its decorators state, as the guard applies it: the one
 * source of the README's access table and of the tests that try every route with every role.
 */
export function routePolicies(app: INestApplicationContext): RoutePolicy[] {
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  const reflector = app.get(Reflector);
  const access = app.get(AccessPolicy);
  const scanner = new MetadataScanner();
  const routes: RoutePolicy[] = [];
  for (const wrapper of controllers) {
    const prototype = (wrapper.metatype as any).prototype;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const path = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler)];
      const full = `/${[Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object), path].filter((p) => p && p !== '/').join('/')}`;
      const targets = [handler, wrapper.metatype as any];
      const capability = reflector.getAllAndOverride<Capability | undefined>(CAPABILITY_KEY, targets) ?? null;
      const roles = capability ? [...access.rolesFor(capability)] : reflector.getAllAndOverride<string[]>(ROLES_KEY, targets);
      const policy = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ? 'public' : !roles?.length ? 'none' : roles.includes(ANY_ROLE) ? 'any' : roles;
      const audited = reflector.get<AuditedRoute | undefined>(AUDITED_KEY, handler) ?? null;
      routes.push({ route: `${method} ${full}`, method, path: full, policy, capability, audited, controller: wrapper.metatype as RoutePolicy['controller'], handler: name });
    }
  }
  return routes;
}
