import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { isRole, ROLES } from '@ap/contracts';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../common/ErrorAlert';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { CurrentStep } from './CurrentStep';
import { stageText } from './stage';
import { HomeVisit, HomeVisitStep, loadVisit } from './visit-api';
import { VisitFacts } from './VisitFacts';
import { VisitSteps } from './VisitSteps';

/** One visit: where it stands, its open step as a form for whoever does it, its facts and its steps so far. */
export default function HomeVisitPage() {
  const { id } = useParams();
  const visit = useApi(useCallback(() => loadVisit(id!), [id]));
  if (visit.error && !visit.data) {
    return (
      <>
        <PageTitle>Huisbezoek</PageTitle>
        <ErrorAlert error={visit.error} />
        <BackLink />
      </>
    );
  }
  if (!visit.data) return <Loading what="Huisbezoek laden" />;
  return <VisitView visit={visit.data} reload={visit.reload} />;
}

function VisitView({ visit, reload }: { visit: HomeVisit; reload(): void }) {
  const { user } = useSession().session!;
  const location = useLocation();
  const [done, setDone] = useState<string | null>((location.state as { done?: string } | null)?.done ?? null);
  const doneRef = useRef<HTMLDivElement>(null);
  const isMine = (step: HomeVisitStep) => step.candidateGroups.some((group) => (user.roles as string[]).includes(group)) && (!step.assigneeId || step.assigneeId === user.id);
  // While the colleague looks for the employee both have a step open: each is offered their own, and
  // others read of the latest, the search.
  const open = visit.steps.filter((step) => step.status === 'open');
  const current = open.find(isMine) ?? open.at(-1);
  const mine = current && isMine(current);

  // The form that was just sent is gone: the confirmation takes the focus, so the keyboard is not lost.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  return (
    <>
      <PageTitle>Huisbezoek {visit.visitedName}</PageTitle>
      {done && (
        <Alert type="ok" role="status" ref={doneRef} tabIndex={-1} className="ap-done">
          <Paragraph>{done}</Paragraph>
        </Alert>
      )}
      <Paragraph className="ap-stage">
        <strong>Stand van zaken:</strong> {stageText(visit)}
      </Paragraph>
      {current && mine && (
        <CurrentStep
          key={current.taskId}
          taskId={current.taskId}
          onDone={(name) => {
            setDone(`Afgerond: ${name}.`);
            reload();
          }}
          onConflict={reload}
        />
      )}
      {current && !mine && <Paragraph>Volgende stap: {waitingFor(current, visit)}.</Paragraph>}
      <Heading level={2}>Gegevens</Heading>
      <VisitFacts visit={visit} />
      <Heading level={2}>Stappen</Heading>
      <VisitSteps steps={visit.steps} />
      <BackLink />
    </>
  );
}

/** The open step and who does it: the person the model assigned it to (the employee, the colleague), or its roles. */
function waitingFor(step: HomeVisitStep, visit: HomeVisit): string {
  const assignee = [visit.employee, visit.checkOut?.colleague].find((person) => person && person.id === step.assigneeId);
  if (assignee) return `${step.name} (door ${assignee.displayName})`;
  const roles = step.candidateGroups.map((group) => (isRole(group) ? ROLES[group] : group));
  return `${step.name} (door ${roles.join(' of ')})`;
}

function BackLink() {
  return (
    <Paragraph>
      <Link to="/huisbezoeken">Terug naar huisbezoeken</Link>
    </Paragraph>
  );
}
