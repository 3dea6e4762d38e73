import { KeyboardEvent, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert, FormFieldTextbox } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { formatDate } from '../common/dutch-dates';
import { ErrorAlert } from '../common/ErrorAlert';
import { FormSchema, FormValue } from '../forms/json-schema';
import { FieldErrors, SchemaForm } from '../forms/SchemaForm';
import { KnownCitizen, searchCitizens } from './report-api';

interface Found {
  citizens: KnownCitizen[];
  total: number;
}

/**
 * Who the incident is about: first a search by name and date of birth (recidive needs the same person
 * found again), then either a citizen found or a new one filled in with the report's citizen fields.
 */
export function CitizenStep({
  schema,
  known,
  citizen,
  onKnown,
  onCitizen,
  errors,
}: {
  schema: FormSchema;
  known: KnownCitizen | null | undefined;
  citizen: FormValue | undefined;
  onKnown(citizen: KnownCitizen | null): void;
  onCitizen(citizen: FormValue | undefined): void;
  errors: FieldErrors;
}) {
  const [name, setName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [searchError, setSearchError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function search(offset = 0) {
    if (!name.trim()) {
      setSearchError(new ApiError(400, 'Vul een naam in om te zoeken.', { name: ['Vul een naam in om te zoeken.'] }));
      return;
    }
    setBusy(true);
    setSearchError(null);
    try {
      const page = await searchCitizens(name.trim(), dateOfBirth, offset);
      setFound((previous) => ({ citizens: offset ? [...(previous?.citizens ?? []), ...page.citizens] : page.citizens, total: page.total }));
    } catch (err) {
      setSearchError(err as ApiError);
    }
    setBusy(false);
  }

  // Enter in a search field searches, rather than sending the whole report.
  const searchOnEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  };

  if (known) {
    return (
      <Alert type="ok">
        <Paragraph>
          Gekozen: <strong>{describe(known)}</strong>
        </Paragraph>
        <Button purpose="secondary" onClick={() => onKnown(null)}>
          Andere burger kiezen
        </Button>
      </Alert>
    );
  }
  if (citizen) {
    return (
      <>
        <SchemaForm schema={schema} path="citizen" value={citizen} onChange={onCitizen} errors={errors} />
        <Button purpose="subtle" onClick={() => onCitizen(undefined)}>
          Toch een bekende burger zoeken
        </Button>
      </>
    );
  }
  const searchFields = searchError?.fields ?? {};
  return (
    <div role="search" aria-label="Burger zoeken" className="ap-citizen-search">
      <Paragraph>Zoek eerst of de burger al bekend is, zodat een herhaling wordt herkend.</Paragraph>
      {errors.citizen && (
        <Alert type="error" id="veld-citizen">
          <Paragraph>{errors.citizen.join(' ')}</Paragraph>
        </Alert>
      )}
      <div className="ap-form--inline">
        <FormFieldTextbox
          label="Naam (of een deel ervan)"
          name="zoek-naam"
          autoComplete="off"
          value={name}
          invalid={!!searchFields.name}
          errorMessage={searchFields.name?.join(' ')}
          onKeyDown={searchOnEnter}
          onChange={(e) => setName((e.target as HTMLInputElement).value)}
        />
        <FormFieldTextbox
          label="Geboortedatum (niet verplicht)"
          name="zoek-geboortedatum"
          type="date"
          value={dateOfBirth}
          invalid={!!searchFields.dateOfBirth}
          errorMessage={searchFields.dateOfBirth?.join(' ')}
          onKeyDown={searchOnEnter}
          onChange={(e) => setDateOfBirth((e.target as HTMLInputElement).value)}
        />
        <Button purpose="secondary" disabled={busy} onClick={() => search()}>
          Zoeken
        </Button>
      </div>
      {!searchFields.name && !searchFields.dateOfBirth && <ErrorAlert error={searchError} />}
      <div aria-live="polite">
        {found && (
          <>
            <Paragraph>{found.total === 0 ? 'Geen burger gevonden.' : found.total === 1 ? '1 burger gevonden.' : `${found.total} burgers gevonden.`}</Paragraph>
            <ul className="ap-citizen-results">
              {found.citizens.map((c) => (
                <li key={c.id}>
                  <Button purpose="secondary" onClick={() => onKnown(c)} aria-label={`Kies ${describe(c)}`}>
                    Kies
                  </Button>{' '}
                  {describe(c)}
                </li>
              ))}
            </ul>
            {found.citizens.length < found.total && (
              <Button purpose="subtle" disabled={busy} onClick={() => search(found.citizens.length)}>
                Meer burgers tonen
              </Button>
            )}
          </>
        )}
      </div>
      {errors.citizenId && (
        <Alert type="error" id="veld-citizenId">
          <Paragraph>{errors.citizenId.join(' ')}</Paragraph>
        </Alert>
      )}
      <Button purpose={found ? 'primary' : 'subtle'} onClick={() => onCitizen({ name: name.trim() || undefined, dateOfBirth: dateOfBirth || undefined })}>
        Nieuwe burger invullen
      </Button>
    </div>
  );
}

function describe(citizen: KnownCitizen): string {
  const address = [citizen.streetAddress, citizen.city].filter(Boolean).join(', ');
  return [citizen.name, citizen.dateOfBirth ? `geboren ${formatDate(citizen.dateOfBirth)}` : 'geboortedatum onbekend', address].filter(Boolean).join(', ');
}
