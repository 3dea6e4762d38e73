import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { DomainError } from './domain-error';
import { dutchProblems } from './dutch-validation-messages';

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** Flattens class-validator's tree into one entry per field path, e.g. `citizen.dateOfBirth`, with Dutch messages. */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const result: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) result.push({ field, problems: dutchProblems(error) });
    if (error.children?.length) result.push(...fieldProblems(error.children, field));
  }
  return result;
}

/** Options shared by the HTTP pipe and form validation: unknown fields are errors, not silently dropped. */
export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  // The Dutch messages read the failed constraint's arguments (a maximum length) from the target's class,
  // and whether the value was left out. Neither is sent back to the client.
  validationError: { target: true, value: true },
} as const;

/** Validates a plain object against a DTO class; throws an `invalid` DomainError naming every bad field. */
export async function validateAs<T extends object>(dto: new () => T, value: unknown, prefix = ''): Promise<T> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const field = prefix || 'body';
    throw new DomainError('invalid', 'Ongeldige invoer', [{ field, problems: ['Stuur de velden als JSON-object.'] }]);
  }
  const instance = plainToInstance(dto, value);
  const errors = await validate(instance, VALIDATION_OPTIONS);
  if (errors.length) throw new DomainError('invalid', 'Ongeldige invoer', fieldProblems(errors, prefix));
  return instance;
}

/** The furthest a list can be paged: more than any list holds, and within what the database counts in. */
export const MAX_OFFSET = 1_000_000;
