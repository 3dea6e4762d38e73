import { ROLE_KEYS } from '@ap/common';
import { RouteFixtures, RULES } from '../support/route-fixtures';
import { routeTable } from '../support/route-table';
import { useTestApp } from '../support/use-test-app';

/**
 * Every route × every role × one's own resource and someone else's, each with the status it must give:
 * let through (any answer but 401, 403 or a 5xx) or 403. RULES (test/support/route-fixtures.ts) says per
 * route which resource its path names and so which rule decides; a route missing there fails the suite,
 * so a new route cannot ship without an ownership rule.
 */
describe('every route × every role × own and someone else’s resource', () => {
  const app = useTestApp();
  const fixtures = new RouteFixtures(app);
  beforeAll(() => fixtures.create());

  it('has an ownership rule for every route, and no rule for a route that is gone', () => {
    const routes = routeTable(app.t).map((r) => r.route);
    expect(routes.filter((r) => !RULES[r])).toEqual([]);
    expect(Object.keys(RULES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('answers each role on each route as its roles and ownership rule say, never with a 5xx', async () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const route of routeTable(app.t)) {
      const send = async (variant: 'own' | 'other', token: string | null) => {
        const { path, query } = fixtures.request(route, variant);
        let request = app.t.http()[route.method.toLowerCase() as 'get'](path).query(query);
        if (token) request = request.set('Authorization', `Bearer ${token}`);
        // A field no route has: a route that lets the caller through refuses it (400) rather than acting on it.
        if (['POST', 'PUT', 'PATCH'].includes(route.method)) request = request.send({ nietBestaandVeld: true });
        tried++;
        return request;
      };
      if (route.policy !== 'public') {
        const anonymous = await send('own', null);
        if (anonymous.status !== 401) wrong.push(`${route.route} without sign-in: ${anonymous.status}`);
      }
      await Promise.all(
        ROLE_KEYS.flatMap((role) =>
          fixtures.variants(route).map(async (variant) => {
            const res = await send(variant, await fixtures.token(route, role));
            const allowed = fixtures.allows(route, role, variant);
            const ok = allowed ? res.status < 500 && res.status !== 401 && res.status !== 403 : res.status === 403;
            if (!ok) wrong.push(`${route.route} as ${role} on ${variant}: ${res.status}, expected ${allowed ? 'to be let through' : '403'} ${JSON.stringify(res.body?.message ?? '')}`);
          }),
        ),
      );
    }
    console.log(`route access: ${tried} requests over ${Object.keys(RULES).length} routes and ${ROLE_KEYS.length} roles, ${wrong.length} wrong`);
    expect(wrong).toEqual([]);
    // RELIABILITY.md gives this figure.
    expect(tried).toBeGreaterThanOrEqual(900);
  }, 300_000);
});
