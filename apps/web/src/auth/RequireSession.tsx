import { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Capability } from '@ap/contracts';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { PageTitle } from '../shell/PageTitle';
import { useSession } from './session';

/** A page behind the sign-in: without a session, to the sign-in page (and back here afterwards). */
export function RequireSession({ capability, children }: { capability?: Capability; children: ReactNode }) {
  const { session, may } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/inloggen" replace state={{ from: location.pathname + location.search }} />;
  if (capability && !may(capability)) {
    return (
      <>
        <PageTitle>Geen toegang</PageTitle>
        <Paragraph>Deze pagina is niet bedoeld voor uw rol. Kies in het menu wat u wilt doen.</Paragraph>
      </>
    );
  }
  return children;
}
