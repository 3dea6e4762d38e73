import { RoutePolicy, routePolicies } from '@ap/auth';
import { TestApp } from './test-app';

export type Route = RoutePolicy;

/** Every route of the running app, with the policy its decorators state. */
export function routeTable(t: TestApp): Route[] {
  return routePolicies(t.app);
}
