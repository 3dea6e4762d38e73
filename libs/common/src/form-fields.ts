import { IsIn, IsNotEmpty, ValidateBy, ValidateIf } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

/** A decorator of a form class's property. */
type FieldDecorator = (target: object, property: string) => void;

/*
 * Decorators for the classes that validate forms. Each applies the server's check and says the same
 * thing to the form the web app builds from the class (its JSON Schema), so a rule is written once.
 */

/** The field's Dutch label in the form, with optional help below it (otherwise its API description is the label). */
export function Label(label: string, help?: string): FieldDecorator {
  return JSONSchema({ title: label, ...(help ? { description: help } : {}) }) as FieldDecorator;
}

/** One of fixed values, each with the Dutch text the user chooses from. */
export function Choice(labels: Record<string, string>): FieldDecorator {
  const check = IsIn(Object.keys(labels));
  const schema = JSONSchema({ 'x-labels': labels } as any);
  return (target, property) => {
    check(target, property);
    schema(target, property);
  };
}

/** One of the values the model gives the task in this input (e.g. the letter codes it allows): checked when the task completes. */
export function ChoiceFromInput(input: string): FieldDecorator {
  return JSONSchema({ 'x-choices-from-input': input } as any) as FieldDecorator;
}

/**
 * Asked, and required, only when another field has this answer (the police report's number once aangifte
 * is made); checked whenever it is sent.
 */
export function RequiredWhen(field: string, equals: unknown): FieldDecorator {
  const check = ValidateIf((form: Record<string, unknown>, value: unknown) => form[field] === equals || value !== undefined);
  const schema = JSONSchema({ 'x-show-when': { field, equals } } as any);
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
