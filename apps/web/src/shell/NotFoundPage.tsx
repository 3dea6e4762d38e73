import { Link } from 'react-router';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { PageTitle } from './PageTitle';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Pagina niet gevonden</PageTitle>
      <Paragraph>
        Deze pagina bestaat niet (meer). Ga naar <Link to="/">de startpagina</Link>.
      </Paragraph>
    </>
  );
}
