import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { describeCitizen, KnownCitizen } from '../citizens/citizen-search-api';
import { CitizenSearch } from '../citizens/CitizenSearch';
import { FormSchema, FormValue } from '../forms/json-schema';
import { FieldErrors, SchemaForm } from '../forms/SchemaForm';

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
  if (known) {
    return (
      <Alert type="ok">
        <Paragraph>
          Gekozen: <strong>{describeCitizen(known)}</strong>
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
  return (
    <CitizenSearch
      label="Burger zoeken"
      onChoose={onKnown}
      before={
        <>
          <Paragraph>Zoek eerst of de burger al bekend is, zodat een herhaling wordt herkend.</Paragraph>
          {errors.citizen && (
            <Alert type="error" id="veld-citizen">
              <Paragraph>{errors.citizen.join(' ')}</Paragraph>
            </Alert>
          )}
        </>
      }
      after={({ name, dateOfBirth }, searched) => (
        <>
          {errors.citizenId && (
            <Alert type="error" id="veld-citizenId">
              <Paragraph>{errors.citizenId.join(' ')}</Paragraph>
            </Alert>
          )}
          <Button purpose={searched ? 'primary' : 'subtle'} onClick={() => onCitizen({ name: name.trim() || undefined, dateOfBirth: dateOfBirth || undefined })}>
            Nieuwe burger invullen
          </Button>
        </>
      )}
    />
  );
}
