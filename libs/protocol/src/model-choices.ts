import { DomainError } from '@ap/common';
import { FormContext } from '@ap/workflow-runtime';

/** A list the model hands a task as input (`options` = "BC3,BC5"), so the choices are policy data. */
export function taskList(context: FormContext, name: string): string[] {
  const value = context.task.input[name];
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return list.map((v) => v.trim()).filter(Boolean);
}

/** A form value that breaks a rule the model set: a 400 naming the field, like class-validator's. */
export function invalidField(field: string, problem: string): DomainError {
  return new DomainError('invalid', 'Ongeldige invoer', [{ field, problems: [problem] }]);
}
