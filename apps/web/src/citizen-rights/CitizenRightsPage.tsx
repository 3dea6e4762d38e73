import { useEffect, useRef, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { describeCitizen, KnownCitizen } from '../citizens/citizen-search-api';
import { CitizenSearch } from '../citizens/CitizenSearch';
import { saveBlob } from '../common/download';
import { ErrorAlert } from '../common/ErrorAlert';
import { PageSection } from '../common/PageSection';
import { PageTitle } from '../shell/PageTitle';
import { citizenArchive, ErasureCounts } from './citizen-rights-api';
import { ErasureForm } from './ErasureForm';

/** Rechten van burgers: find the citizen a request under the AVG is about, then hand over their data (art. 15) or erase it (art. 17). */
export function CitizenRightsPage() {
  const [chosen, setChosen] = useState<KnownCitizen | null>(null);
  const [erased, setErased] = useState<{ citizen: KnownCitizen; counts: ErasureCounts } | null>(null);
  return (
    <>
      <PageTitle>Rechten van burgers</PageTitle>
      <Paragraph>
        Een verzoek van een burger op grond van de AVG: inzage in alles wat over hem of haar is vastgelegd (artikel 15), of het wissen ervan (artikel 17).
        Zoek de burger op, en download het inzagearchief of wis de gegevens. Het zoeken, downloaden en wissen komen in de audittrail.
      </Paragraph>
      {erased && <ErasureDone {...erased} />}
      {chosen ? (
        <ChosenCitizen
          citizen={chosen}
          onOther={() => setChosen(null)}
          onErased={(counts) => {
            setErased({ citizen: chosen, counts });
            setChosen(null);
          }}
        />
      ) : (
        <CitizenSearch
          label="Burger zoeken"
          onChoose={(citizen) => {
            setErased(null);
            setChosen(citizen);
          }}
        />
      )}
    </>
  );
}

/** The citizen chosen: its heading takes the focus, so the keyboard continues here after "Kies". */
function ChosenCitizen({ citizen, onOther, onErased }: { citizen: KnownCitizen; onOther(): void; onErased(counts: ErasureCounts): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [citizen.id]);
  return (
    <>
      <Heading level={2} ref={heading} tabIndex={-1} className="ap-focus-target">
        {describeCitizen(citizen)}
      </Heading>
      <Button purpose="subtle" onClick={onOther}>
        Andere burger kiezen
      </Button>
      <ArchiveDownload citizen={citizen} />
      <PageSection title="Gegevens wissen (AVG artikel 17)">
        <ErasureForm citizen={citizen} onErased={onErased} />
      </PageSection>
    </>
  );
}

function ArchiveDownload({ citizen }: { citizen: KnownCitizen }) {
  const [state, setState] = useState<{ busy: boolean; done: boolean; error: ApiError | null }>({ busy: false, done: false, error: null });
  // Not disabled while busy, so the keyboard's focus stays on the button; a second press waits instead.
  const busy = useRef(false);
  const download = async () => {
    if (busy.current) return;
    busy.current = true;
    setState({ busy: true, done: false, error: null });
    try {
      saveBlob(await citizenArchive(citizen.id), `inzageverzoek-${citizen.id.slice(0, 8)}.zip`);
      setState({ busy: false, done: true, error: null });
    } catch (error) {
      setState({ busy: false, done: false, error: error as ApiError });
    }
    busy.current = false;
  };
  return (
    <PageSection title="Inzageverzoek (AVG artikel 15)">
      <Paragraph>
        Eén ZIP-bestand met alles wat over {citizen.name} is vastgelegd: een overzicht (overzicht.json, en in woorden leesmij.txt) met de gegevens van de burger,
        elk incident met zijn taken, tijdlijn en brieven, de toegangsverboden en wie wat met het dossier deed; elke brief zoals bewaard (een ondertekende brief
        precies zoals ondertekend) en de foto.
      </Paragraph>
      <ErrorAlert error={state.error} />
      <div className="ap-actions">
        <Button purpose="primary" onClick={download}>
          {state.busy ? 'Archief wordt gemaakt…' : 'Download het inzagearchief (ZIP)'}
        </Button>
        <span role="status">{state.done ? 'Het inzagearchief is gedownload.' : ''}</span>
      </div>
    </PageSection>
  );
}

/** What an erasure anonymised, in words; it takes the focus, as the form it replaces had it. */
function ErasureDone({ citizen, counts }: { citizen: KnownCitizen; counts: ErasureCounts }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [counts]);
  const parts = [
    amount(counts.incidents, 'incidentdossier', 'incidentdossiers'),
    amount(counts.letters, 'brief', 'brieven'),
    amount(counts.tasks, 'taak', 'taken'),
    amount(counts.processInstances, 'proces (gegevens en stand)', 'processen (gegevens en stand)'),
    amount(counts.otherRows, 'ander gegeven (bericht, e-mail, huisbezoek of regel van de audittrail)', 'andere gegevens (berichten, e-mails, huisbezoeken en regels van de audittrail)'),
  ];
  return (
    <Alert type="ok" role="status" ref={ref} tabIndex={-1} className="ap-done">
      <Heading level={2} appearance="level-4">
        De gegevens van {describeCitizen(citizen)} zijn gewist
      </Heading>
      <Paragraph>Geanonimiseerd: {parts.slice(0, -1).join(', ')} en {parts.at(-1)}.</Paragraph>
      <Paragraph>De burger is niet meer te vinden; het wissen en de reden staan in de audittrail.</Paragraph>
    </Alert>
  );
}

const amount = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
