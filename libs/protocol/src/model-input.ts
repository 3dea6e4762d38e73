import { Duration } from 'luxon';

/**
 * Reads a service task's input parameters as the model sets them. The registry has checked their values,
 * computed ones included, against the topic's declaration before the handler runs; these read them typed.
 * A variable of the instance (durationInput on `measureDuration`) is checked here, with a message the
 * policy owner can act on.
 */
export function textInput(input: Record<string, unknown>, name: string): string {
  const value = input[name];
  if (typeof value !== 'string' || !value.trim()) throw new Error(`invoerparameter "${name}" ontbreekt in het model`);
  return value.trim();
}

export function durationInput(input: Record<string, unknown>, name: string): string {
  const value = textInput(input, name);
  if (!Duration.fromISO(value).isValid) throw new Error(`invoerparameter "${name}" is geen ISO 8601-duur (bv. P6M): "${value}"`);
  return value;
}

export function listInput(input: Record<string, unknown>, name: string): string[] {
  const value = input[name];
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  const items = list.map((v) => v.trim()).filter(Boolean);
  if (!items.length) throw new Error(`invoerparameter "${name}" ontbreekt in het model`);
  return items;
}

/** A variable the process was started with or a step set, such as incidentId or letterId. */
export function variable(variables: Readonly<Record<string, unknown>>, name: string): string {
  const value = variables[name];
  if (typeof value !== 'string' || !value) throw new Error(`procesvariabele "${name}" ontbreekt`);
  return value;
}
