import { FormEvent, useCallback, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormField, FormFieldTextbox, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../common/ErrorAlert';
import { saveBlob } from '../common/download';
import { DocxPreview } from '../letters/LetterPreview';
import { PreviewData, previewDocx, previewPdf, previewText, shortSha } from './template-api';

const INCIDENT = '__incident__';

/**
 * A version of a letter filled with one of its sample sets or with a real incident's data: shown in the
 * page as the letter will look, and as PDF where the service can make one.
 */
export function PreviewPanel({ code, sha, samples, pdfAvailable }: { code: string; sha: string; samples: string[]; pdfAvailable: boolean }) {
  // A real incident's data is a citizen's: only for the staff who handle letters.
  const mayUseIncidents = useSession().may('handleLetters');
  const [choice, setChoice] = useState(samples[0] ?? INCIDENT);
  const [reference, setReference] = useState('');
  const [shown, setShown] = useState<PreviewData>({ sample: samples[0] });
  const [filled, setFilled] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function show(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (choice === INCIDENT && !reference.trim()) return setProblem('Vul het kenmerk van een incident in, bijvoorbeeld AG-2026-00012.');
    setProblem(null);
    const data: PreviewData = choice === INCIDENT ? { incident: reference.trim() } : { sample: choice };
    try {
      // The text preview says which fields the incident could not fill; it also checks the data before the letter is loaded.
      setFilled((await previewText(code, sha, data)).filledWithExamples);
      setShown(data);
    } catch (err) {
      setError(err as ApiError);
    }
  }

  async function pdf() {
    setError(null);
    try {
      saveBlob(await previewPdf(code, sha, shown), `${code}-voorbeeld.pdf`);
    } catch (err) {
      setError(err as ApiError);
    }
  }

  const load = useCallback(() => previewDocx(code, sha, shown), [code, sha, shown]);
  const label = 'sample' in shown ? `voorbeeldgegevens ${shown.sample}` : `incident ${shown.incident}`;
  return (
    <>
      <form onSubmit={show} noValidate className="ap-form ap-form--inline" aria-label="Gegevens voor het voorbeeld kiezen">
        <FormField>
          <FormLabel htmlFor="preview-data">Vullen met</FormLabel>
          <Select id="preview-data" value={choice} onChange={(e) => setChoice(e.target.value)}>
            {samples.map((s) => (
              <SelectOption key={s} value={s}>
                {s === 'voorbeeldwaarden' ? 'de voorbeeldwaarde van elk veld' : `voorbeeldgegevens ${s}`}
              </SelectOption>
            ))}
            {mayUseIncidents && <SelectOption value={INCIDENT}>de gegevens van een incident</SelectOption>}
          </Select>
        </FormField>
        {choice === INCIDENT && (
          <FormFieldTextbox
            label="Kenmerk van het incident"
            name="incident"
            autoComplete="off"
            value={reference}
            invalid={!!problem}
            errorMessage={problem ?? undefined}
            onChange={(e) => setReference((e.target as HTMLInputElement).value)}
          />
        )}
        <Button purpose="primary" type="submit">
          Voorbeeld tonen
        </Button>
      </form>
      <ErrorAlert error={error} />
      <Paragraph role="status">
        Versie {shortSha(sha)} ingevuld met {label}.
        {filled.length > 0 && ` Het incident vult nog niet: ${filled.join(', ')}; die velden tonen hun voorbeeldwaarde.`}
      </Paragraph>
      <div className="ap-actions">
        {pdfAvailable ? (
          <Button purpose="secondary" onClick={pdf}>
            Download als PDF
          </Button>
        ) : (
          <Paragraph>PDF is op deze server niet beschikbaar: LibreOffice is niet geïnstalleerd. Het voorbeeld is alleen als Word-bestand te downloaden.</Paragraph>
        )}
      </div>
      <DocxPreview key={`${sha}:${label}`} load={load} title={`Voorbeeld van ${code}`} />
    </>
  );
}
