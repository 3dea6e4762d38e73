/** Reads the Camunda extension attributes that the modeller's properties panel edits. */

export interface InputParameter {
  name: string;
  value: unknown;
}

export function candidateGroupsOf(element: any): string[] {
  const raw: unknown = element?.candidateGroups;
  if (typeof raw !== 'string') return [];
  return raw
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
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
  throw new Error(`input parameter "${parameter.name}" uses ${definition.$type}, which is not supported`);
}
