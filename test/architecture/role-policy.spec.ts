import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '@ap/auth';
import { useTestApp } from '../support/use-test-app';

/** Every route states who may call it: a role list, any signed-in user, or public (login, health). */
describe('role policy on every route', () => {
  const app = useTestApp();

  it('has no route without a policy, and only login, liveness, readiness and the public settings are public', () => {
    const controllers = [...app.t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
    const reflector = app.t.app.get(Reflector);
    const scanner = new MetadataScanner();
    const routes: { route: string; policy: string }[] = [];
    for (const wrapper of controllers) {
      const prototype = (wrapper.metatype as any).prototype;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const path = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler)];
        const route = `${method} /${[Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object), path].filter((p) => p && p !== '/').join('/')}`;
        const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, wrapper.metatype as any]);
        const roles = reflector.getAllAndOverride<string[]>(ROLES_KEY, [handler, wrapper.metatype as any]);
        routes.push({ route, policy: isPublic ? 'public' : roles?.length ? roles.join(',') : 'NONE' });
      }
    }
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => r.policy === 'NONE')).toEqual([]);
    expect(routes.filter((r) => r.policy === 'public').map((r) => r.route).sort()).toEqual(['GET /health', 'GET /health/ready', 'GET /settings', 'POST /auth/login']);
  });
});
