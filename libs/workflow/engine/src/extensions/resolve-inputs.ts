import { inputParametersOf } from '../definitions/camunda-attributes';
import { evaluateFeel, isFeel } from '../expressions/feel';

/** Resolves an element's camunda:inputOutput input parameters against the instance's variables. */
export function resolveInputs(behaviour: unknown, environment: any, message?: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const { name, value } of inputParametersOf(behaviour)) {
    result[name] = resolveValue(value, environment, message);
  }
  return result;
}

export function resolveValue(value: unknown, environment: any, message?: unknown): unknown {
  if (isFeel(value)) return evaluateFeel(value, environment.variables ?? {});
  if (typeof value === 'string' && environment.expressions.hasExpression(value)) {
    return environment.resolveExpression(value, message);
  }
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, environment, message));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, environment, message)]));
  }
  return value;
}
