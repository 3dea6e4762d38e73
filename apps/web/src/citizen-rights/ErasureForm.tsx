import { FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert, Checkbox, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { describeCitizen, KnownCitizen } from '../citizens/citizen-search-api';
import { formatDate } from '../common/dutch-dates';
import { ErrorAlert } from '../common/ErrorAlert';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FormSchema } from '../forms/json-schema';
import { FieldErrors, fieldId } from '../forms/SchemaForm';
import { ErasureBlocker, ErasureCounts, eraseCitizen, erasureBlockers } from './citizen-rights-api';

/** The form's two fields, as the error summary names them: the request's reason and the page's own confirmation. */
const FIELDS: FormSchema = { type: 'object', properties: { reason: { title: 'Reden' }, confirmed: { title: 'Bevestiging' } } };

/**
 * Erasing a citizen's data (AVG art. 17): a required reason and an explicit confirmation that it cannot be
 * undone. A refusal because a ban or a decision still holds the data names each, with until when.
 */
export function ErasureForm({ citizen, onErased }: { citizen: KnownCitizen; onErased(counts: ErasureCounts): void }) {
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Set at once, not at the next render: a second Enter before the button is disabled sends nothing.
  const sending = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending.current) return;
    const problems: FieldErrors = {};
    if (!reason.trim()) problems.reason = ['Vul de reden in: het verzoek of de grond voor het wissen.'];
    if (!confirmed) problems.confirmed = ['Vink aan dat u de gegevens definitief wilt wissen.'];
    setError(null);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    sending.current = true;
    setBusy(true);
    let counts: ErasureCounts;
    try {
      counts = await eraseCitizen(citizen.id, reason.trim());
    } catch (err) {
      const failure = err as ApiError;
      setError(failure);
      setErrors(failure.fields ?? {});
      sending.current = false;
      setBusy(false);
      return;
    }
    onErased(counts);
  }

  const blockers = erasureBlockers(error);
  const described = (name: string, hint = false) => [hint && `${fieldId(name)}-uitleg`, errors[name] && `${fieldId(name)}-fout`].filter(Boolean).join(' ') || undefined;
  return (
    <form onSubmit={submit} noValidate className="ap-form" aria-label="Gegevens wissen">
      <Paragraph>
        Wissen haalt de naam, geboortedatum, het adres, telefoonnummer en de foto van {citizen.name} weg uit elk dossier, elke brief, taak, elk bericht en de
        audittrail; de omschrijvingen en ingevulde formulieren van de dossiers ook. Wat telt voor de monitoring blijft: kanaal, categorie, gedrag, datum en
        kenmerk. <strong>Dit kan niet ongedaan worden gemaakt.</strong> Zolang een toegangsverbod geldt of tegen een besluit nog bezwaar kan worden gemaakt,
        wordt niets gewist.
      </Paragraph>
      {Object.keys(errors).length > 0 && <ErrorSummary message="Er is niets gewist" errors={errors} schema={FIELDS} />}
      {blockers.length > 0 ? <Refusal error={error!} blockers={blockers} /> : !Object.keys(errors).length && <ErrorAlert error={error} />}
      <FormField invalid={!!errors.reason}>
        <FormLabel htmlFor={fieldId('reason')}>Reden</FormLabel>
        <FormFieldDescription id={`${fieldId('reason')}-uitleg`}>
          Het verzoek of de grond voor het wissen, bijvoorbeeld “Verzoek van de burger van 3 maart 2026, zaak 2026-0042”. Komt in de audittrail.
        </FormFieldDescription>
        {errors.reason && <FormFieldErrorMessage id={`${fieldId('reason')}-fout`}>{errors.reason.join(' ')}</FormFieldErrorMessage>}
        <Textarea
          id={fieldId('reason')}
          name="reason"
          rows={3}
          maxLength={500}
          required
          value={reason}
          invalid={!!errors.reason}
          aria-describedby={described('reason', true)}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormField>
      <FormField invalid={!!errors.confirmed}>
        {errors.confirmed && <FormFieldErrorMessage id={`${fieldId('confirmed')}-fout`}>{errors.confirmed.join(' ')}</FormFieldErrorMessage>}
        <div className="ap-option">
          <Checkbox id={fieldId('confirmed')} name="confirmed" checked={confirmed} invalid={!!errors.confirmed} required aria-describedby={described('confirmed')} onChange={(e) => setConfirmed(e.target.checked)} />
          <FormLabel htmlFor={fieldId('confirmed')} type="checkbox">
            Ik begrijp dat de gegevens van {describeCitizen(citizen)} definitief worden gewist en dat dit niet ongedaan kan worden gemaakt.
          </FormLabel>
        </div>
      </FormField>
      <Button type="submit" purpose="primary" disabled={busy}>
        {busy ? 'Bezig met wissen…' : 'Gegevens definitief wissen'}
      </Button>
    </form>
  );
}

/** Why the service refused: each ban and decision that still holds the data, and the last day any of them holds. */
function Refusal({ error, blockers }: { error: ApiError; blockers: ErasureBlocker[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // Each refusal takes the focus once, so that typing afterwards stays in the field.
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  const days = blockers.map((b) => b.until);
  const last = days.every(Boolean) ? [...(days as string[])].sort().at(-1) : undefined;
  return (
    <Alert type="error" role="alert" ref={ref} tabIndex={-1} className="ap-error-summary">
      <Heading level={3} appearance="level-4">
        Er is niets gewist: de gegevens moeten nog worden bewaard
      </Heading>
      <ul>
        {blockers.map((blocker) => (
          <li key={blocker.id}>{blocker.message.charAt(0).toUpperCase() + blocker.message.slice(1)}.</li>
        ))}
      </ul>
      <Paragraph>
        {last ? `Wissen kan op zijn vroegst na ${formatDate(last)}.` : 'Wissen kan pas als het college over het voorgestelde toegangsverbod heeft beslist en dat niet meer geldt.'}
      </Paragraph>
    </Alert>
  );
}
