import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';

interface Props {
  id: string;
  label: string;
  /** The first choice, which removes the filter ("Alle kanalen"). */
  allLabel: string;
  value: string | undefined;
  /** The choices with how many items each has; none while they load. */
  facets: { key: string; label: string; count: number }[] | undefined;
  onChange(value: string): void;
}

/** A list filter: choose one value, each shown with how many items it has. */
export function FacetSelect({ id, label, allLabel, value, facets, onChange }: Props) {
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <SelectOption value="">{allLabel}</SelectOption>
        {facets?.map((f) => (
          <SelectOption key={f.key} value={f.key}>
            {f.label} ({f.count})
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
