import { Link } from 'react-router';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { formatDateTime } from '../common/dutch-dates';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../common/ErrorAlert';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { stageText } from './stage';
import { loadVisits } from './visit-api';

/**
 * Huisbezoeken: my planned visits (a department head's: everyone's), today's and later ones first, each with
 * where it stands. Only those who go on visits may plan one.
 */
export function HomeVisitsPage() {
  const { may, session } = useSession();
  const visits = useApi(loadVisits);
  const mayPlan = may('planHomeVisits');
  const everyone = session!.user.roles.includes('department-head');
  return (
    <>
      <PageTitle>Huisbezoeken</PageTitle>
      {mayPlan ? (
        <>
          <Paragraph>Plan een huis- of bedrijfsbezoek, meld u uit bij een collega als u gaat en meld u terug als u klaar bent.</Paragraph>
          {/* A link that looks like the primary button: it opens a page, it does not act. */}
          <Link to="/huisbezoeken/plannen" className="nl-button nl-button--primary ap-button-link">
            Huisbezoek plannen
          </Link>
        </>
      ) : (
        <Paragraph>Huis- en bedrijfsbezoeken plannen de medewerkers die op bezoek gaan. Hier volgt u waar de bezoeken staan.</Paragraph>
      )}
      <ErrorAlert error={visits.error} />
      {!visits.data && visits.loading && <Loading what="Huisbezoeken laden" />}
      {visits.data && visits.data.length === 0 && <Paragraph role="status">{everyone ? 'Er zijn geen huisbezoeken gepland.' : 'U heeft geen huisbezoeken gepland.'}</Paragraph>}
      {visits.data && visits.data.length > 0 && (
        <ul className="ap-visits" aria-label={everyone ? 'Huisbezoeken' : 'Mijn huisbezoeken'}>
          {visits.data.map((visit) => (
            <li key={visit.id} className="ap-visit-card">
              <Heading level={2} appearance="level-4">
                <Link to={`/huisbezoeken/${visit.id}`} className="ap-visit-card__link">
                  {visit.visitedName}
                </Link>
              </Heading>
              <Paragraph>
                {formatDateTime(visit.plannedStart)} · {visit.address}
              </Paragraph>
              <Paragraph className="ap-visit-card__stage">{stageText(visit)}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
