import { Navigate } from 'react-router';
import { useSession } from '../auth/session';
import { menuFor } from './menu';

/** `/` opens the first page of the user's menu (the task list, or the reception's lookup). */
export function HomeRedirect() {
  const session = useSession();
  if (!session.session) return <Navigate to="/inloggen" replace />;
  return <Navigate to={menuFor(session)[0]?.path ?? '/toegankelijkheid'} replace />;
}
