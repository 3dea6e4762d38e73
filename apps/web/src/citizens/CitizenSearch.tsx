import { KeyboardEvent, ReactNode, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormFieldTextbox } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../common/ErrorAlert';
import { describeCitizen, KnownCitizen, searchCitizens } from './citizen-search-api';

export interface SearchTerms {
  name: string;
  dateOfBirth: string;
}

interface Found {
  citizens: KnownCitizen[];
  total: number;
}

/**
 * Finds a citizen by (part of) the name and the date of birth, and offers each one found to choose.
 * `before` and `after` are the page's own parts inside the search landmark; `after` gets the terms typed
 * and whether a search was done (the report offers to fill in a new citizen with them).
 */
export function CitizenSearch({ label, onChoose, before, after }: { label: string; onChoose(citizen: KnownCitizen): void; before?: ReactNode; after?(terms: SearchTerms, searched: boolean): ReactNode }) {
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

  // Enter in a search field searches, rather than sending a form around it.
  const searchOnEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  };

  const searchFields = searchError?.fields ?? {};
  return (
    <div role="search" aria-label={label} className="ap-citizen-search">
      {before}
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
                  <Button purpose="secondary" onClick={() => onChoose(c)} aria-label={`Kies ${describeCitizen(c)}`}>
                    Kies
                  </Button>{' '}
                  {describeCitizen(c)}
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
      {after?.({ name, dateOfBirth }, !!found)}
    </div>
  );
}
