import { FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormFieldCheckbox, FormFieldTextbox } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../common/ErrorAlert';
import { TemplateProblems } from './TemplateProblems';
import { Publication, publishVersion, refusedProblems, shortSha } from './template-api';

/**
 * Publishes a draft version: the service fills it with every sample set first. If someone published after
 * the version this one was edited from, the service says so and the user confirms before it goes live.
 */
export function PublishForm({ code, sha, onPublished, onCancel }: { code: string; sha: string; onPublished(p: Publication): void; onCancel(): void }) {
  const [comment, setComment] = useState('');
  const [confirmStale, setConfirmStale] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const field = useRef<HTMLFormElement>(null);
  // The button that opened the form is gone: the keyboard continues in the form.
  useEffect(() => field.current?.querySelector('input')?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      onPublished(await publishVersion(code, sha, comment, confirmStale));
    } catch (err) {
      setError(err as ApiError);
    }
  }

  const stale = error?.status === 409 && !!(error.details as { newest?: unknown } | undefined)?.newest;
  const problems = refusedProblems(error);
  return (
    <form ref={field} onSubmit={submit} noValidate className="ap-form" aria-label={`Versie ${shortSha(sha)} publiceren`}>
      <Paragraph>Na publicatie krijgen nieuwe brieven {code} deze versie. Brieven die al zijn opgesteld, houden hun versie.</Paragraph>
      <FormFieldTextbox label="Toelichting bij de publicatie" name="publish-comment" autoComplete="off" value={comment} onChange={(e) => setComment((e.target as HTMLInputElement).value)} />
      {problems.length > 0 ? <TemplateProblems title="De versie is niet gepubliceerd" intro={`${error!.message}:`} problems={problems} /> : <ErrorAlert error={error} />}
      {stale && (
        <FormFieldCheckbox label="Ik heb de versies vergeleken en wil deze versie toch publiceren" name="confirm-stale" checked={confirmStale} onChange={(e) => setConfirmStale((e.target as HTMLInputElement).checked)} />
      )}
      <div className="ap-actions">
        <Button purpose="primary" type="submit">
          Publiceren
        </Button>
        <Button purpose="secondary" type="button" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
