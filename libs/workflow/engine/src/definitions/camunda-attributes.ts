/** Reads the Camunda extension attributes that the modeller's properties panel edits. */
import { isFeel } from '../expressions/feel';

export interface InputParameter {
  name: string;
  value: unknown;
}

/** The fixed groups of `camunda:candidateGroups`; empty when the attribute is missing or an expression. */
export function candidateGroupsOf(element: any): string[] {
  const raw: unknown = element?.candidateGroups;
  if (typeof raw !== 'string' || isFeel(raw)) return [];
  return splitGroups(raw);
}

/** A FEEL `camunda:candidateGroups` ("= signer"): a shared sub-process assigns the role its caller names. */
export function candidateGroupsExpressionOf(element: any): string | null {
  const raw: unknown = element?.candidateGroups;
  return typeof raw === 'string' && isFeel(raw) ? raw : null;
}

export function splitGroups(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return list.map((g) => g.trim()).filter(Boolean);
}

export function inputParametersOf(element: any): InputParameter[] {
  const values: any[] = element?.extensionElements?.values ?? [];
  const io = values.find((v) => v.$type === 'camunda:InputOutput');
  return (io?.inputParameters ?? []).map((p: any) => ({ name: p.name, value: parameterValue(p) }));
}

function parameterValue(parameter: any): unknown {
  const definition = parameter.definition;
  if (!definition) return parameter.value ?? '';
  if (definition.$type === 'camunda:List') return (definition.items ?? []).map((i: any) => i.value ?? '');
  if (definition.$type === 'camunda:Map') {
    return Object.fromEntries((definition.entries ?? []).map((e: any) => [e.key, e.value ?? '']));
  }
  throw new Error(`invoer "${parameter.name}" gebruikt ${definition.$type}, dat niet wordt ondersteund`);
}
