/**
 * The part of JSON Schema the server's form classes produce (class-validator-jsonschema, see
 * libs/workflow/runtime/src/forms/form-schema.ts), with the product's two keywords: `x-labels` for the
 * Dutch names of a choice's values, and `x-show-when` for a field that only applies after an answer.
 */
export interface FieldSchema {
  type?: 'string' | 'boolean' | 'array' | 'object' | 'integer' | 'number';
  title?: string;
  description?: string;
  enum?: (string | number)[];
  'x-labels'?: Record<string, string>;
  'x-show-when'?: { field: string; equals: unknown };
  maxLength?: number;
  minLength?: number;
  minItems?: number;
  format?: string;
  oneOf?: FieldSchema[];
  items?: FieldSchema;
  uniqueItems?: boolean;
  $ref?: string;
  properties?: Record<string, FieldSchema>;
  required?: string[];
}

export interface FormSchema extends FieldSchema {
  definitions?: Record<string, FieldSchema>;
}

export type FormValue = Record<string, unknown>;

/** The schema a $ref points to, within the form's definitions. */
export function resolve(schema: FieldSchema, root: FormSchema): FieldSchema {
  if (!schema.$ref) return schema;
  return root.definitions?.[schema.$ref.replace('#/definitions/', '')] ?? {};
}

export type FieldKind = 'choice' | 'choices' | 'yes-no' | 'date-time' | 'date' | 'long-text' | 'text' | 'secret' | 'number' | 'checklist' | 'list' | 'group';

/** Which control a field gets. */
export function kindOf(schema: FieldSchema, root: FormSchema): FieldKind {
  if (schema.enum) return 'choice';
  if (schema.type === 'boolean') return 'yes-no';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  // A format of the field's own decides over the alternatives a validator allows (an ISO 8601 day or moment).
  const formats = schema.format ? [schema.format] : (schema.oneOf ?? []).map((s) => s.format);
  if (formats.includes('date-time')) return 'date-time';
  if (formats.includes('date')) return 'date';
  if (schema.type === 'array' && schema.items) {
    if (resolve(schema.items, root).enum) return 'choices';
    return checklistOf(schema, root) ? 'checklist' : 'list';
  }
  if (schema.format === 'password') return 'secret';
  if (schema.type === 'object' || schema.$ref) return 'group';
  return (schema.maxLength ?? 0) > 300 ? 'long-text' : 'text';
}

/**
 * A list whose items are one choice plus a moment (the on-the-spot steps with their times) reads best as a
 * checklist: one line per possible value, ticked with the time it happened.
 */
export function checklistOf(schema: FieldSchema, root: FormSchema): { choice: string; moment: string; item: FieldSchema } | null {
  const item = resolve(schema.items ?? {}, root);
  const entries = Object.entries(item.properties ?? {});
  if (entries.length !== 2) return null;
  const choice = entries.find(([, s]) => kindOf(s, root) === 'choice');
  const moment = entries.find(([, s]) => kindOf(s, root) === 'date-time');
  return choice && moment ? { choice: choice[0], moment: moment[0], item } : null;
}

/** The label of a field: its title, else its description, else its name. */
export function labelOf(name: string, schema: FieldSchema): string {
  return schema.title ?? schema.description ?? name;
}

export function choiceLabel(schema: FieldSchema, value: string | number): string {
  return schema['x-labels']?.[String(value)] ?? String(value);
}

/** Whether a field applies, given the answers so far. */
export function isShown(schema: FieldSchema, value: FormValue): boolean {
  const when = schema['x-show-when'];
  return !when || value[when.field] === when.equals;
}

/** The answers that may be kept in the tab's draft: everything but secrets (a password is never stored). */
export function keepable(schema: FormSchema, value: FormValue): FormValue {
  return Object.fromEntries(Object.entries(value).filter(([name]) => schema.properties?.[name]?.format !== 'password'));
}

/** The answers to send: fields that do not apply and empty optional text are left out. */
export function submittable(schema: FormSchema, value: FormValue): FormValue {
  const out: FormValue = {};
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    if (!isShown(field, value)) continue;
    const v = value[name];
    if (v === undefined || v === '') continue;
    out[name] = v;
  }
  return out;
}
