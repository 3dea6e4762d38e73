import { routeTable } from '../support/route-table';
import { useTestApp } from '../support/use-test-app';

/** Every route states who may call it: a role list, any signed-in user, or public (login, health). */
describe('role policy on every route', () => {
  const app = useTestApp();

  it('has no route without a policy, and only login, liveness, readiness and the public settings are public', () => {
    const routes = routeTable(app.t);
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => r.policy === 'none')).toEqual([]);
    expect(routes.filter((r) => r.policy === 'public').map((r) => r.route).sort()).toEqual(['GET /health', 'GET /health/ready', 'GET /settings', 'POST /auth/login']);
  });
});
