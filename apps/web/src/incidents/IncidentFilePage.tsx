import { lazy, Suspense, useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert, DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { ErrorAlert } from '../common/ErrorAlert';
import { PageSection } from '../common/PageSection';
import { formatDate, formatDateTime } from '../common/dutch-dates';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { DeadlineList } from './DeadlineList';
import { IncidentFile, loadIncidentDiagram, loadIncidentFile } from './incident-api';
import { LetterTable } from './LetterTable';
import { processStatusText } from './process-status';
import { ProgressTable } from './ProgressTable';
import { Timeline } from './Timeline';

// bpmn-js is large: it loads with the diagram, after the rest of the file is on screen.
const ProcessDiagram = lazy(() => import('./ProcessDiagram'));

const BAN_STATUS: Record<string, string> = { proposed: 'voorgesteld', active: 'van kracht', ended: 'afgelopen', withdrawn: 'ingetrokken' };

/** The incident file: what happened, to whom, where the protocol stands, its letters, bans, deadlines and timeline. */
export default function IncidentFilePage() {
  const { id } = useParams();
  const file = useApi(useCallback(() => loadIncidentFile(id!), [id]));
  if (file.error && !file.data) {
    return (
      <>
        <PageTitle>Dossier</PageTitle>
        <ErrorAlert error={file.error} />
        <Paragraph>
          <Link to="/dossiers">Terug naar de dossiers</Link>
        </Paragraph>
      </>
    );
  }
  if (!file.data) return <Loading what="Dossier laden" />;
  return <FileView file={file.data} />;
}

function FileView({ file }: { file: IncidentFile }) {
  const diagram = useApi(useCallback(() => loadIncidentDiagram(file.id), [file.id]));
  const citizen = file.citizen;
  const address = [citizen.streetAddress, [citizen.postalCode, citizen.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <>
      <PageTitle title={`Dossier ${file.reference}`}>
        Dossier {file.reference} <span className="ap-muted">· {citizen.name}</span>
      </PageTitle>
      {file.problems.length > 0 && (
        <Alert type="error">
          <Heading level={2} appearance="level-4">
            Het protocol is vastgelopen
          </Heading>
          {file.problems.map((p) => (
            <Paragraph key={p.instanceId}>
              {p.processName}: {p.failure.message}
            </Paragraph>
          ))}
        </Alert>
      )}
      <PageSection title="Incident">
        <DataList className="ap-facts">
          <Fact label="Burger">
            {citizen.name}
            {citizen.dateOfBirth && `, geboren ${formatDate(citizen.dateOfBirth)}`}
            {address && <span className="ap-block">{address}</span>}
          </Fact>
          <Fact label="Kanaal">{file.channelLabel}</Fact>
          <Fact label="Categorie">{file.category}</Fact>
          <Fact label="Gedrag">{file.behaviourLabel}</Fact>
          <Fact label="Tijdstip">{formatDateTime(file.occurredAt)}</Fact>
          <Fact label="Locatie">{file.location}</Fact>
          <Fact label="Gemeld door">
            {file.reportedByName ?? 'onbekend'} op {formatDateTime(file.createdAt)}
          </Fact>
          <Fact label="Team">{file.unitName ?? 'geen team (protocol van de organisatie)'}</Fact>
          <Fact label="Herhaling">{file.isRepeat === null ? 'nog niet bepaald' : file.isRepeat ? 'ja, binnen de termijn van het protocol' : 'nee'}</Fact>
          <Fact label="Protocol">{processStatusText(file.process?.status)}</Fact>
          <Fact label="Gevolgde modellen">
            <ProtocolRuns runs={file.protocols} />
          </Fact>
        </DataList>
        <Heading level={3}>Omschrijving</Heading>
        <Paragraph className="ap-description">{file.description}</Paragraph>
      </PageSection>
      <PageSection title="Voortgang van het protocol">
        <ProgressTable tasks={file.tasks} />
      </PageSection>
      <PageSection title="Termijnen">
        <DeadlineList tasks={file.tasks} timers={file.timers} />
      </PageSection>
      <PageSection title="Brieven">
        <LetterTable letters={file.letters} />
      </PageSection>
      <PageSection title="Toegangsverboden">
        {file.bans.length === 0 ? (
          <Paragraph>Geen toegangsverbod.</Paragraph>
        ) : (
          <ul>
            {file.bans.map((ban) => (
              <li key={ban.id}>
                {BAN_STATUS[ban.status] ?? ban.status}: {ban.scope}
                {ban.startsOn && ban.endsOn ? `, van ${formatDate(ban.startsOn)} tot en met ${formatDate(ban.endsOn)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </PageSection>
      <PageSection title="Procesdiagram">
        <ErrorAlert error={diagram.error} />
        {diagram.data ? (
          <Suspense fallback={<Loading what="Diagram laden" />}>
            <ProcessDiagram diagram={diagram.data} />
          </Suspense>
        ) : (
          !diagram.error && <Loading what="Diagram laden" />
        )}
      </PageSection>
      <PageSection title="Tijdlijn">
        <Timeline events={file.timeline} />
      </PageSection>
      <Paragraph>
        <Link to="/dossiers">Terug naar de dossiers</Link>
      </Paragraph>
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** Which version of which model ran for the incident: the organisation's, or its team's own variant. */
function ProtocolRuns({ runs }: { runs: IncidentFile['protocols'] }) {
  if (runs.length === 0) return <>nog geen</>;
  return (
    <ul className="ap-plain-list">
      {runs.map((run) => (
        <li key={`${run.processKey}-${run.version}`}>
          {run.processName}: versie {run.version}, {run.unitName ? `variant van team ${run.unitName}` : 'protocol van de organisatie'}
        </li>
      ))}
    </ul>
  );
}
