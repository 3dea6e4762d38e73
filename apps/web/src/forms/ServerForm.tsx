import { FormEvent, useCallback, useRef, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../common/ErrorAlert';
import { useDraft } from './draft';
import { ErrorSummary } from './ErrorSummary';
import { FormSchema, FormValue, keepable, submittable } from './json-schema';
import { FieldErrors, SchemaForm } from './SchemaForm';

interface ServerFormProps {
  /** The form's fields, from the class the server checks them with. */
  schema: FormSchema;
  /** Where the draft is kept in this browser tab. */
  draftKey: string;
  heading: string;
  submitLabel: string;
  /** Sends the answers; throws the ApiError the server answered with. */
  send(value: FormValue): Promise<void>;
  /** The server refused it because the thing changed meanwhile (409). */
  onConflict?(error: ApiError): void;
  /** The answers before the user changes anything (an account's current details). */
  initial?: FormValue;
}

/**
 * A form built from the server's definition that the server checks: a draft kept until it is accepted,
 * the server's problems at each field and summarised above the form.
 */
export function ServerForm({ schema, draftKey, heading, submitLabel, send, onConflict, initial }: ServerFormProps) {
  const keep = useCallback((value: FormValue) => keepable(schema, value), [schema]);
  const [value, setValue, clearDraft] = useDraft(draftKey, initial, keep);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Set at once, not at the next render: a second click or Enter before the button is disabled sends nothing.
  const sending = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      await send(submittable(schema, value));
      clearDraft();
    } catch (err) {
      const failure = err as ApiError;
      setError(failure);
      setErrors(failure.fields ?? {});
      if (failure.status === 409) onConflict?.(failure);
    }
    sending.current = false;
    setBusy(false);
  }

  return (
    <>
      {Object.keys(errors).length === 0 && <ErrorAlert error={error} />}
      <form onSubmit={submit} noValidate className="ap-form">
        <Heading level={2}>{heading}</Heading>
        {error && <ErrorSummary message="Het formulier is niet verstuurd" errors={errors} schema={schema} />}
        <SchemaForm schema={schema} value={value} onChange={setValue} errors={errors} />
        <Button type="submit" purpose="primary" disabled={busy}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
