import { ArrayUnique, IsArray, IsIn, IsNotEmpty, ValidateBy, ValidateIf } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

/** A decorator of a form class's property. */
type FieldDecorator = (target: object, property: string) => void;

/*
 * Decorators for the classes that validate forms. Each applies the server's check and says the same
 * thing to the form the web app builds from the class (its JSON Schema), so a rule is written once.
 */

const PARTS = Symbol('form-schema-parts');

/**
 * Adds to a field's schema. class-validator-jsonschema keeps one @JSONSchema per property (the last applied
 * wins), so each of these merges with what another decorator already said (a label and a choice's labels).
 */
function schemaPart(part: Record<string, unknown>): FieldDecorator {
  return (target, property) => {
    const earlier: Record<string, any> = Reflect.getMetadata(PARTS, target, property) ?? {};
    const items = earlier.items || part.items ? { items: { ...earlier.items, ...(part.items as object) } } : {};
    const schema = { ...earlier, ...part, ...items };
    Reflect.defineMetadata(PARTS, schema, target, property);
    JSONSchema(schema as any)(target, property);
  };
}

/** The field's Dutch label in the form, with optional help below it (otherwise its API description is the label). */
export function Label(label: string, help?: string): FieldDecorator {
  return schemaPart({ title: label, ...(help ? { description: help } : {}) });
}

/** One of fixed values, each with the Dutch text the user chooses from. */
export function Choice(labels: Record<string, string>): FieldDecorator {
  const check = IsIn(Object.keys(labels));
  const schema = schemaPart({ 'x-labels': labels });
  return (target, property) => {
    check(target, property);
    schema(target, property);
  };
}

/** Several of fixed values, each at most once, with the Dutch texts the user ticks. */
export function Choices(labels: Record<string, string>): FieldDecorator {
  const keys = Object.keys(labels);
  const checks = [IsArray(), IsIn(keys, { each: true }), ArrayUnique()];
  const schema = schemaPart({ items: { type: 'string', enum: keys, 'x-labels': labels } });
  return (target, property) => {
    for (const check of checks) check(target, property);
    schema(target, property);
  };
}

/** A secret (a password): the form hides what is typed and never keeps it in a draft. */
export function Secret(): FieldDecorator {
  return schemaPart({ format: 'password' });
}

/** One of the values the model gives the task in this input (e.g. the letter codes it allows): checked when the task completes. */
export function ChoiceFromInput(input: string): FieldDecorator {
  return schemaPart({ 'x-choices-from-input': input });
}

/**
 * Asked, and required, only when another field has this answer (the police report's number once aangifte
 * is made); checked whenever it is sent.
 */
export function RequiredWhen(field: string, equals: unknown): FieldDecorator {
  const check = ValidateIf((form: Record<string, unknown>, value: unknown) => form[field] === equals || value !== undefined);
  const schema = schemaPart({ 'x-show-when': { field, equals } });
  return (target, property) => {
    check(target, property);
    schema(target, property);
  };
}

/**
 * Required text: present, and more than spaces (a citizen's name of spaces is no name). Keeps class-validator's
 * IsNotEmpty for the form's schema, and adds the check that the trimmed text is not empty.
 */
export function NotBlank(): FieldDecorator {
  const present = IsNotEmpty();
  const notBlank = ValidateBy({ name: 'isNotBlank', validator: { validate: (value: unknown) => typeof value !== 'string' || value.trim() !== '' } });
  return (target, property) => {
    present(target, property);
    notBlank(target, property);
  };
}
