import { Fieldset, FieldsetLegend, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { fieldId, FieldErrors } from '../forms/SchemaForm';

export interface Option {
  key: string;
  label: string;
}

/** One choice of a few, as radio buttons; the first option carries the field's id for the error summary's link. */
export function RadioChoice({ path, legend, options, value, onChange, errors }: { path: string; legend: string; options: Option[]; value: string | undefined; onChange(value: string): void; errors: FieldErrors }) {
  const id = fieldId(path);
  const problems = errors[path];
  return (
    <Fieldset invalid={!!problems?.length} aria-describedby={problems?.length ? `${id}-fout` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {problems?.length ? <FormFieldErrorMessage id={`${id}-fout`}>{problems.join(' ')}</FormFieldErrorMessage> : null}
      {options.map((option, i) => (
        <div className="ap-option" key={option.key}>
          <RadioButton id={i === 0 ? id : `${id}-${i}`} name={path} checked={value === option.key} invalid={!!problems?.length} onChange={() => onChange(option.key)} />
          <FormLabel htmlFor={i === 0 ? id : `${id}-${i}`} type="radio">
            {capitalised(option.label)}
          </FormLabel>
        </div>
      ))}
    </Fieldset>
  );
}

/** The service's names read as running text ("bedreiging"); as a choice they start with a capital. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
