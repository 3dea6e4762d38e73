import { FormEvent, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, FormFieldTextbox } from '@utrecht/component-library-react';
import { api, ApiError, call, Schemas } from '../api/client';
import { formatDate } from '../common/dutch-dates';
import { ErrorAlert } from '../common/ErrorAlert';
import { PageTitle } from '../shell/PageTitle';
import { CitizenPhoto } from './CitizenPhoto';

type Lookup = Schemas['BanLookupResult'];

/** Receptions: may this visitor enter? Name and date of birth in, a ban (what to do, for which buildings, until when, the photo) or none out. */
export function ReceptionPage() {
  const [name, setName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [result, setResult] = useState<{ lookup: Lookup; name: string; dateOfBirth: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);

  async function search(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setFields({ name: ['Vul de naam van de bezoeker in.'] });
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const lookup = await call(api.GET('/api/bans/lookup', { params: { query: { name: name.trim(), ...(dateOfBirth ? { dateOfBirth } : {}) } } }));
      setResult({ lookup, name: name.trim(), dateOfBirth });
    } catch (err) {
      setError(err as ApiError);
      setFields((err as ApiError).fields ?? {});
      setResult(null);
    }
    setBusy(false);
  }

  return (
    <>
      <PageTitle>Bezoeker opzoeken</PageTitle>
      <Paragraph>Zoek een bezoeker op naam en geboortedatum om te zien of er vandaag een toegangsverbod geldt.</Paragraph>
      <form onSubmit={search} noValidate className="ap-form ap-form--inline" role="search" aria-label="Bezoeker opzoeken">
        <FormFieldTextbox
          label="Naam"
          name="name"
          autoComplete="off"
          required
          value={name}
          invalid={!!fields.name}
          errorMessage={fields.name?.join(' ')}
          onChange={(e) => setName((e.target as HTMLInputElement).value)}
        />
        <FormFieldTextbox
          label="Geboortedatum (niet verplicht, maakt de uitkomst zeker)"
          name="dateOfBirth"
          type="date"
          value={dateOfBirth}
          invalid={!!fields.dateOfBirth}
          errorMessage={fields.dateOfBirth?.join(' ')}
          onChange={(e) => setDateOfBirth((e.target as HTMLInputElement).value)}
        />
        <Button type="submit" purpose="primary" disabled={busy}>
          Zoeken
        </Button>
      </form>
      {!fields.name && <ErrorAlert error={error} />}
      <div aria-live="polite">{result && <Outcome {...result} />}</div>
    </>
  );
}

function Outcome({ lookup, name, dateOfBirth }: { lookup: Lookup; name: string; dateOfBirth: string }) {
  const who = dateOfBirth ? `${name} (geboren ${formatDate(dateOfBirth)})` : name;
  if (!lookup.banned) {
    return (
      <Alert type="ok" role="status">
        <Heading level={2} appearance="level-3">
          Geen toegangsverbod
        </Heading>
        <Paragraph>
          Voor {who} geldt op {formatDate(lookup.checkedOn)} geen toegangsverbod.
          {!dateOfBirth && ' Zonder geboortedatum is gezocht op de naam alleen; vraag bij twijfel naar de geboortedatum.'}
        </Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="error" role="alert">
      <Heading level={2} appearance="level-3">
        Toegangsverbod: niet toelaten
      </Heading>
      {/* What to do comes first: from the model that proposed each ban, the same words once. */}
      {[...new Set(lookup.bans.map((ban) => ban.instruction))].map((instruction) => (
        <Paragraph key={instruction} className="ap-instruction">
          {instruction}
        </Paragraph>
      ))}
      {lookup.bans.map((ban) => (
        <div key={ban.id} className="ap-ban">
          <DataList className="ap-facts">
            <DataListItem>
              <DataListKey>Naam</DataListKey>
              <DataListValue>{ban.name}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Geboortedatum</DataListKey>
              <DataListValue>{ban.dateOfBirth ? formatDate(ban.dateOfBirth) : 'onbekend'}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Geldt tot en met</DataListKey>
              <DataListValue>{formatDate(ban.endsOn)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Voor</DataListKey>
              <DataListValue>{ban.scope}</DataListValue>
            </DataListItem>
          </DataList>
          {ban.hasPhoto ? <CitizenPhoto citizenId={ban.citizenId} name={ban.name} /> : <Paragraph className="ap-muted">Er is geen foto van deze bezoeker.</Paragraph>}
        </div>
      ))}
    </Alert>
  );
}
