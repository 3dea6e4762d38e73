import { FormEvent, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormFieldTextbox, FormLabel } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../common/ErrorAlert';
import { TemplateProblems } from './TemplateProblems';
import { refusedProblems, uploadVersion, UploadedVersion } from './template-api';

const MAX_MB = 10;

/**
 * Uploads a letter changed in Word as a draft version. Every problem the service finds is listed with where
 * it is; the comment and the chosen file stay, so the user corrects the document and sends it again.
 */
export function UploadVersionForm({ code, basedOn, onUploaded }: { code: string; basedOn: number | null; onUploaded(result: UploadedVersion): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!file) return setProblem('Kies het Word-bestand (.docx) met de nieuwe versie van de brief.');
    if (file.size > MAX_MB * 1024 * 1024) return setProblem(`Het bestand is groter dan ${MAX_MB} MB; dat is de grens.`);
    setProblem(null);
    setBusy(true);
    try {
      onUploaded(await uploadVersion(code, file, comment, basedOn));
      setComment('');
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  }

  const problems = refusedProblems(error);
  return (
    <form onSubmit={submit} noValidate className="ap-form" aria-label={`Nieuwe versie van ${code} uploaden`}>
      <Paragraph>
        Download de gepubliceerde versie, pas de brief aan in Word en upload hem hier. De nieuwe versie wordt gecontroleerd en opgeslagen als concept; nieuwe
        brieven gebruiken hem pas als u hem publiceert.{basedOn !== null && ` Uw versie wordt vastgelegd als bewerking van publicatie ${basedOn}.`}
      </Paragraph>
      <FormField invalid={!!problem}>
        <FormLabel htmlFor="template-file">Word-bestand (.docx)</FormLabel>
        <FormFieldDescription id="template-file-uitleg">Hoogstens {MAX_MB} MB.</FormFieldDescription>
        {problem && <FormFieldErrorMessage id="template-file-fout">{problem}</FormFieldErrorMessage>}
        <input
          id="template-file"
          className="utrecht-textbox ap-file"
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={problem ? 'template-file-uitleg template-file-fout' : 'template-file-uitleg'}
          aria-invalid={!!problem}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </FormField>
      <FormFieldTextbox label="Toelichting (wat is er veranderd?)" name="comment" autoComplete="off" value={comment} onChange={(e) => setComment((e.target as HTMLInputElement).value)} />
      {problems.length > 0 ? (
        <TemplateProblems title="De brief is niet opgeslagen" intro={`${error!.message}. Pas de brief aan in Word en upload hem opnieuw:`} problems={problems} />
      ) : (
        <ErrorAlert error={error} />
      )}
      <Button purpose="primary" type="submit" disabled={busy}>
        {busy ? 'Bezig met controleren…' : 'Uploaden en controleren'}
      </Button>
    </form>
  );
}
