import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { ReportForm } from './report-api';

/** Why a file cannot be the photo, checked as the service does (type, size) before anything is sent; null when it can. */
export function photoProblem(file: File, rules: ReportForm['photo']): string | null {
  if (!rules.types.includes(file.type)) return 'Kies een foto als JPEG of PNG.';
  if (file.size > rules.maxBytes) return `De foto is groter dan ${megabytes(rules.maxBytes)}. Kies een kleinere foto.`;
  return null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

/** A photo of the citizen for the receptions, sent once the report is stored. */
export function PhotoStep({ rules, problem, onChange }: { rules: ReportForm['photo']; problem: string | null; onChange(file: File | null): void }) {
  const id = 'veld-foto';
  return (
    <FormField invalid={!!problem}>
      <FormLabel htmlFor={id}>Foto van de burger (niet verplicht)</FormLabel>
      <FormFieldDescription id={`${id}-uitleg`}>
        Receptie en burgerzaken zien de foto bij een toegangsverbod. JPEG of PNG, hoogstens {megabytes(rules.maxBytes)}.
      </FormFieldDescription>
      {problem && <FormFieldErrorMessage id={`${id}-fout`}>{problem}</FormFieldErrorMessage>}
      <input
        id={id}
        type="file"
        className="utrecht-textbox ap-file"
        accept={rules.types.join(',')}
        aria-describedby={[`${id}-uitleg`, problem && `${id}-fout`].filter(Boolean).join(' ')}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
    </FormField>
  );
}
