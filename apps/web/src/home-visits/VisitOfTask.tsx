import { useCallback } from 'react';
import { Link } from 'react-router';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useApi } from '../common/useApi';
import { loadVisit } from './visit-api';
import { VisitFacts } from './VisitFacts';

/**
 * On a task of a home visit (the colleague's "not back" task, the department head's decisions): the
 * visit's facts. The API shows them only to those the visit concerns; others see the task without them.
 */
export function VisitOfTask({ id }: { id: string }) {
  const visit = useApi(useCallback(() => loadVisit(id), [id]));
  if (!visit.data) return null;
  return (
    <section aria-labelledby="huisbezoek-kop">
      <Heading level={2} id="huisbezoek-kop">
        Het huisbezoek
      </Heading>
      <VisitFacts visit={visit.data} />
      <Paragraph>
        <Link to={`/huisbezoeken/${id}`}>Alle stappen van dit huisbezoek</Link>
      </Paragraph>
    </section>
  );
}
