import { ROUTES } from '../app/routes';
import { useSession } from '../auth/session';

/** The menu entries the user's roles may use, from the route table. */
export function menuFor(session: Pick<ReturnType<typeof useSession>, 'may'>) {
  return ROUTES.filter((route) => route.menu && (!route.capability || session.may(route.capability))).map((route) => ({ path: route.path, label: route.menu! }));
}
