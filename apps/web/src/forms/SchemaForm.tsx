import { useId } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { checklistOf, choiceLabel, FieldSchema, FormSchema, FormValue, isShown, kindOf, labelOf, resolve } from './json-schema';

/** Server problems by field path (`steps.0.at`), as the API's `errors` lists them. */
export type FieldErrors = Record<string, string[]>;

/** The id of a field's control (the first option of a choice), for links to it. */
export function fieldId(path: string): string {
  return `veld-${path.replace(/\./g, '-')}`;
}

interface FieldProps {
  name: string;
  path: string;
  schema: FieldSchema;
  root: FormSchema;
  required: boolean;
  value: unknown;
  onChange(value: unknown): void;
  errors: FieldErrors;
}

/**
 * A form built from its JSON Schema: every field with its label, its help and the server's problems.
 * `path` places it inside a larger body (`citizen` for the report's citizen), so the server's problems,
 * named by their path in that body, land at their fields.
 */
export function SchemaForm({ schema, value, onChange, errors, path = '' }: { schema: FormSchema; value: FormValue; onChange(value: FormValue): void; errors: FieldErrors; path?: string }) {
  return <Fields schema={schema} root={schema} path={path} value={value} onChange={onChange} errors={errors} />;
}

function Fields({ schema, root, path, value, onChange, errors }: { schema: FieldSchema; root: FormSchema; path: string; value: FormValue; onChange(value: FormValue): void; errors: FieldErrors }) {
  const required = new Set(schema.required ?? []);
  return (
    <>
      {Object.entries(schema.properties ?? {})
        .filter(([, field]) => isShown(field, value))
        .map(([name, field]) => (
          <Field
            key={name}
            name={name}
            path={path ? `${path}.${name}` : name}
            schema={field}
            root={root}
            required={required.has(name) || !!field['x-show-when']}
            value={value[name]}
            onChange={(v) => onChange({ ...value, [name]: v })}
            errors={errors}
          />
        ))}
    </>
  );
}

function Problems({ id, problems }: { id: string; problems: string[] | undefined }) {
  if (!problems?.length) return null;
  return (
    <FormFieldErrorMessage id={id}>
      {problems.map((p) => (
        <span key={p} className="ap-problem">
          {p}
        </span>
      ))}
    </FormFieldErrorMessage>
  );
}

function Field(props: FieldProps) {
  const { name, path, schema, root, required, value, onChange, errors } = props;
  const id = fieldId(path);
  const problems = errors[path];
  const invalid = !!problems?.length;
  const label = labelOf(name, schema);
  const hint = schema.title && schema.description ? schema.description : undefined;
  const describedBy = [hint && `${id}-uitleg`, invalid && `${id}-fout`].filter(Boolean).join(' ') || undefined;
  const marker = required ? '' : ' (niet verplicht)';
  const kind = kindOf(schema, root);

  if (kind === 'choice' || kind === 'yes-no') {
    const options: { value: unknown; label: string }[] =
      kind === 'yes-no'
        ? [
            { value: true, label: 'Ja' },
            { value: false, label: 'Nee' },
          ]
        : schema.enum!.map((v) => ({ value: v, label: choiceLabel(schema, v) }));
    if (options.length > 6) {
      return (
        <FormField invalid={invalid}>
          <FormLabel htmlFor={id}>{label + marker}</FormLabel>
          {hint && <FormFieldDescription id={`${id}-uitleg`}>{hint}</FormFieldDescription>}
          <Problems id={`${id}-fout`} problems={problems} />
          <Select id={id} name={path} value={value === undefined ? '' : String(value)} invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value || undefined)}>
            <SelectOption value="">Kies…</SelectOption>
            {options.map((o) => (
              <SelectOption key={String(o.value)} value={String(o.value)}>
                {o.label}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      );
    }
    return (
      <Fieldset invalid={invalid} aria-describedby={describedBy}>
        <FieldsetLegend>{label + marker}</FieldsetLegend>
        {hint && <FormFieldDescription id={`${id}-uitleg`}>{hint}</FormFieldDescription>}
        <Problems id={`${id}-fout`} problems={problems} />
        {options.map((o, i) => (
          <div className="ap-option" key={String(o.value)}>
            <RadioButton id={i === 0 ? id : `${id}-${i}`} name={path} checked={value === o.value} invalid={invalid} onChange={() => onChange(o.value)} />
            <FormLabel htmlFor={i === 0 ? id : `${id}-${i}`} type="radio">
              {o.label}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
    );
  }

  if (kind === 'checklist') return <Checklist {...props} />;
  if (kind === 'choices') return <Choices {...props} />;
  if (kind === 'list') return <List {...props} />;
  if (kind === 'group') {
    const inner = resolve(schema, root);
    return (
      <Fieldset>
        <FieldsetLegend>{label + marker}</FieldsetLegend>
        <Fields schema={inner} root={root} path={path} value={(value as FormValue) ?? {}} onChange={onChange} errors={errors} />
      </Fieldset>
    );
  }

  return (
    <FormField invalid={invalid}>
      <FormLabel htmlFor={id}>{label + marker}</FormLabel>
      {hint && <FormFieldDescription id={`${id}-uitleg`}>{hint}</FormFieldDescription>}
      <Problems id={`${id}-fout`} problems={problems} />
      {kind === 'long-text' ? (
        <Textarea id={id} name={path} value={(value as string) ?? ''} invalid={invalid} required={required} maxLength={schema.maxLength} aria-describedby={describedBy} rows={5} onChange={(e) => onChange(e.target.value)} />
      ) : kind === 'date-time' ? (
        <Textbox id={id} name={path} type="datetime-local" value={toLocalInput(value)} invalid={invalid} required={required} aria-describedby={describedBy} onChange={(e) => onChange(fromLocalInput(e.target.value))} />
      ) : kind === 'date' ? (
        <Textbox id={id} name={path} type="date" value={(value as string) ?? ''} invalid={invalid} required={required} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value || undefined)} />
      ) : kind === 'secret' ? (
        <Textbox id={id} name={path} type="password" autoComplete="new-password" value={(value as string) ?? ''} invalid={invalid} required={required} maxLength={schema.maxLength} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
      ) : kind === 'number' ? (
        <Textbox id={id} name={path} type="number" value={value === undefined ? '' : String(value)} invalid={invalid} required={required} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} />
      ) : (
        <Textbox id={id} name={path} value={(value as string) ?? ''} invalid={invalid} required={required} maxLength={schema.maxLength} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
      )}
    </FormField>
  );
}

/** Several of fixed values, one box each, kept in the order the schema gives them. */
function Choices({ name, path, schema, root, required, value, onChange, errors }: FieldProps) {
  const item = resolve(schema.items ?? {}, root);
  const chosen = (value as (string | number)[] | undefined) ?? [];
  const problems = errors[path];
  const id = fieldId(path);
  const hint = schema.title && schema.description ? schema.description : undefined;
  const describedBy = [hint && `${id}-uitleg`, problems?.length && `${id}-fout`].filter(Boolean).join(' ') || undefined;
  const set = (option: string | number, checked: boolean) => onChange(item.enum!.filter((o) => (o === option ? checked : chosen.includes(o))));
  return (
    <Fieldset invalid={!!problems?.length} aria-describedby={describedBy}>
      <FieldsetLegend>{labelOf(name, schema) + (required ? '' : ' (niet verplicht)')}</FieldsetLegend>
      {hint && <FormFieldDescription id={`${id}-uitleg`}>{hint}</FormFieldDescription>}
      <Problems id={`${id}-fout`} problems={problems} />
      {item.enum!.map((option, i) => (
        <div className="ap-option" key={String(option)}>
          <Checkbox id={i === 0 ? id : `${id}-${i}`} checked={chosen.includes(option)} onChange={(e) => set(option, e.target.checked)} />
          <FormLabel htmlFor={i === 0 ? id : `${id}-${i}`} type="checkbox">
            {choiceLabel(item, option)}
          </FormLabel>
        </div>
      ))}
    </Fieldset>
  );
}

/** One line per possible step, ticked with the time it happened. */
function Checklist({ name, path, schema, root, required, value, onChange, errors }: FieldProps) {
  const { choice, moment, item } = checklistOf(schema, root)!;
  const rows = (value as FormValue[] | undefined) ?? [];
  const choiceSchema = item.properties![choice];
  const problems = errors[path];
  const id = fieldId(path);
  const set = (option: string | number, at: string | undefined, checked: boolean) => {
    const others = rows.filter((r) => r[choice] !== option);
    const next = checked ? [...others, { [choice]: option, [moment]: at }] : others;
    // Kept in the protocol's order, whatever order the boxes were ticked in.
    onChange(choiceSchema.enum!.flatMap((o) => next.filter((r) => r[choice] === o)));
  };
  return (
    <Fieldset invalid={!!problems?.length} aria-describedby={problems?.length ? `${id}-fout` : undefined}>
      <FieldsetLegend>{labelOf(name, schema) + (required ? '' : ' (niet verplicht)')}</FieldsetLegend>
      <FormFieldDescription>Vink aan wat er gebeurde en vul in hoe laat.</FormFieldDescription>
      <Problems id={`${id}-fout`} problems={problems} />
      {choiceSchema.enum!.map((option, i) => {
        const index = rows.findIndex((r) => r[choice] === option);
        const row = rows[index];
        const rowProblems = index >= 0 ? [...(errors[`${path}.${index}.${moment}`] ?? []), ...(errors[`${path}.${index}.${choice}`] ?? [])] : [];
        return (
          <div className="ap-checklist__row" key={String(option)}>
            <div className="ap-option">
              <Checkbox id={`${id}-${i}`} checked={!!row} onChange={(e) => set(option, (row?.[moment] as string) ?? nowIso(), e.target.checked)} />
              <FormLabel htmlFor={`${id}-${i}`} type="checkbox">
                {choiceLabel(choiceSchema, option)}
              </FormLabel>
            </div>
            {row && (
              <FormField invalid={rowProblems.length > 0} className="ap-checklist__time">
                <FormLabel htmlFor={`${id}-${i}-tijd`}>Tijdstip: {choiceLabel(choiceSchema, option)}</FormLabel>
                <Problems id={`${id}-${i}-fout`} problems={rowProblems} />
                <Textbox
                  id={`${id}-${i}-tijd`}
                  type="datetime-local"
                  value={toLocalInput(row[moment])}
                  invalid={rowProblems.length > 0}
                  aria-describedby={rowProblems.length ? `${id}-${i}-fout` : undefined}
                  onChange={(e) => set(option, fromLocalInput(e.target.value), true)}
                />
              </FormField>
            )}
          </div>
        );
      })}
    </Fieldset>
  );
}

/** A list of entries of one shape, added and removed by the user. */
function List({ name, path, schema, root, required, value, onChange, errors }: FieldProps) {
  const legendId = useId();
  const item = resolve(schema.items ?? {}, root);
  const rows = (value as FormValue[] | undefined) ?? [];
  const label = labelOf(name, schema);
  return (
    <Fieldset aria-labelledby={legendId}>
      <FieldsetLegend id={legendId}>{label + (required ? '' : ' (niet verplicht)')}</FieldsetLegend>
      <Problems id={`${legendId}-fout`} problems={errors[path]} />
      {rows.map((row, index) => (
        <Fieldset key={index} className="ap-list__item">
          <FieldsetLegend>
            {label}: {index + 1}
          </FieldsetLegend>
          <Fields schema={item} root={root} path={`${path}.${index}`} value={row} onChange={(v) => onChange(rows.map((r, i) => (i === index ? v : r)))} errors={errors} />
          <Button purpose="subtle" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            Verwijder {label.toLowerCase()} {index + 1}
          </Button>
        </Fieldset>
      ))}
      <Button purpose="secondary" onClick={() => onChange([...rows, {}])}>
        Voeg toe: {label.toLowerCase()}
      </Button>
    </Fieldset>
  );
}

function nowIso(): string {
  const now = new Date();
  now.setSeconds(0, 0);
  return now.toISOString();
}

/** An ISO moment as the value of a datetime-local input, in the browser's time zone. */
function toLocalInput(value: unknown): string {
  if (typeof value !== 'string' || !value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
