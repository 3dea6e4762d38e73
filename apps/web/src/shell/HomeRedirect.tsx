import { Navigate } from 'react-router';
import { useSession } from '../auth/session';
import { ROUTES } from '../app/routes';
import { menuFor } from './menu';

/** `/` opens the page the user's role starts on (the reception's lookup), else the first of their menu. */
export function HomeRedirect() {
  const session = useSession();
  if (!session.session) return <Navigate to="/inloggen" replace />;
  const roles: readonly string[] = session.session.user.roles;
  const home = ROUTES.find((route) => route.homeFor?.some((role) => roles.includes(role)));
  return <Navigate to={home?.path ?? menuFor(session)[0]?.path ?? '/toegankelijkheid'} replace />;
}
