import { FlowNode, InputSpec, ParsedDefinition } from '@ap/workflow-engine';
import { isFeel } from 'bpmnlint-plugin-agressieprotocol/values';

/**
 * The variables a FEEL expression passes on as its value: the expression itself when it is one name
 * (`= signer`), or a branch of an if that is one (`= if banDuration != null then banDuration else …`).
 * Names only tested or combined (`= if isRepeat then "TC2" else "TC1"`) are not the value.
 */
export function variablesPassed(expression: string): string[] {
  const code = expression.trim().slice(1).replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const branches = code.split(/\b(?:then|else)\b/).slice(code.match(/\bthen\b/) ? 1 : 0);
  return [...new Set(branches.map((b) => b.trim()).filter((b) => /^[A-Za-z_]\w*$/.test(b) && b !== 'null'))];
}

/**
 * What a call activity may pass to this process: every variable one of its steps passes into an input the
 * step's topic, form or called process declares takes that input's type (the letter process reads `code`
 * into letters.render's letter code, so a call passes a letter code as `code`), and a role expression
 * (`= signer`) makes a role, and what a topic reads from the instance (`measureDuration`) is passed as declared. All are optional: a call may leave out what a branch it does not take needs.
 */
export function processInputs(
  definition: ParsedDefinition,
  declared: { inputsOf(node: FlowNode): InputSpec[]; readsOf(node: FlowNode): InputSpec[]; role: InputSpec },
): InputSpec[] {
  const found = new Map<string, InputSpec>();
  const add = (name: string, spec: InputSpec) => {
    if (!found.has(name)) found.set(name, { ...spec, name, required: false });
  };
  for (const node of definition.flow) {
    const specs = declared.inputsOf(node);
    for (const spec of declared.readsOf(node)) add(spec.name, spec);
    for (const { name, value } of node.inputs) {
      const spec = specs.find((s) => s.name === name);
      if (spec && typeof value === 'string' && isFeel(value)) for (const variable of variablesPassed(value)) add(variable, spec);
    }
    if (typeof node.candidateGroups === 'string') {
      for (const variable of variablesPassed(node.candidateGroups)) add(variable, declared.role);
    }
  }
  return [...found.values()];
}
