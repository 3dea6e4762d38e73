import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ANY_ROLE, PUBLIC_KEY, ROLES_KEY } from '@ap/auth';
import { TestApp } from './test-app';

export interface Route {
  /** `GET /incidents/:id`, without the global /api prefix. */
  route: string;
  method: string;
  path: string;
  /** 'public', 'any' (every signed-in user), the roles it names, or 'none' when it states no policy. */
  policy: 'public' | 'any' | 'none' | string[];
  /** The controller class and its method that handle it. */
  controller: abstract new (...args: any[]) => unknown;
  handler: string;
}

/** Every route of the running app, with the policy its decorators state. */
export function routeTable(t: TestApp): Route[] {
  const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  const reflector = t.app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const wrapper of controllers) {
    const prototype = (wrapper.metatype as any).prototype;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const path = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler)];
      const full = `/${[Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object), path].filter((p) => p && p !== '/').join('/')}`;
      const targets = [handler, wrapper.metatype as any];
      const roles = reflector.getAllAndOverride<string[]>(ROLES_KEY, targets);
      const policy = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ? 'public' : !roles?.length ? 'none' : roles.includes(ANY_ROLE) ? 'any' : roles;
      routes.push({ route: `${method} ${full}`, method, path: full, policy, controller: wrapper.metatype as Route['controller'], handler: name });
    }
  }
  return routes;
}
