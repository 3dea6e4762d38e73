import { evaluateFeel, feelVariables, isFeel } from '../expressions/feel';
import { splitGroups } from './camunda-attributes';
import { FlowNode, ParsedDefinition } from './parsed-definition';

/** A user task that certainly opens when an instance starts with the given variables. */
export interface OpeningTask {
  /** The process whose model has the task: the started one, or one it calls. */
  processKey: string;
  elementId: string;
  name: string;
  formKey: string | null;
  /** The roles that may complete it, or null when they depend on what is not known before the start. */
  candidateGroups: string[] | null;
}

/** The model of a process key, as a call activity would start it (the deployed version new instances get). */
export type CalledDefinition = (key: string) => Promise<ParsedDefinition>;

/** A value the reading cannot know before the start. */
const UNKNOWN = Symbol('unknown');

/** Elements that do their work and go on in the same run: nothing waits on them. */
const PASS_THROUGH = new Set(['bpmn:StartEvent', 'bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:Task', 'bpmn:BusinessRuleTask', 'bpmn:ManualTask', 'bpmn:IntermediateThrowEvent', 'bpmn:ParallelGateway', 'bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway']);

/**
 * The user tasks that open at once when an instance of `definition` starts with `variables`, reading the
 * model rather than running it: from the none start events along the sequence flows, through service
 * tasks and gateways, into the processes that call activities call (with the call's inputs), up to the
 * first wait. Only what certainly happens counts: a gateway whose conditions read a variable not given
 * (one a service task sets, such as `isRepeat`) is not followed, and neither is what comes after a call
 * activity, a timer, a message or an embedded sub-process. Service tasks are taken to leave the given
 * variables as they are.
 */
export async function tasksOpeningAtStart(definition: ParsedDefinition, variables: Record<string, unknown>, called: CalledDefinition, calling: string[] = []): Promise<OpeningTask[]> {
  const nodes = new Map(definition.flow.map((node) => [node.id, node]));
  const opened: OpeningTask[] = [];
  const arrivals = new Map<string, Set<string>>();
  const queue: { node: FlowNode; via: string | null }[] = definition.flow.filter((n) => n.type === 'bpmn:StartEvent' && n.eventDefinitions.length === 0 && n.incoming === 0).map((node) => ({ node, via: null }));
  const passed = new Set<string>();

  while (queue.length) {
    const { node, via } = queue.shift()!;
    if (node.type === 'bpmn:ParallelGateway' && node.incoming > 1) {
      // A join goes on once a token came in on every incoming flow.
      const seen = arrivals.get(node.id) ?? new Set<string>();
      if (via) seen.add(via);
      arrivals.set(node.id, seen);
      if (seen.size < node.incoming) continue;
    }
    // Without a wait, a loop back would run for ever; the engine would not open a task twice at the start either.
    if (passed.has(node.id)) continue;
    passed.add(node.id);

    if (node.type === 'bpmn:UserTask') {
      opened.push({ processKey: definition.key, elementId: node.id, name: node.name, formKey: node.formKey, candidateGroups: groupsOf(node, variables) });
      continue;
    }
    if (node.type === 'bpmn:CallActivity' && node.calledElement && !calling.includes(node.calledElement)) {
      const sub = await called(node.calledElement);
      opened.push(...(await tasksOpeningAtStart(sub, { ...variables, ...inputsOf(node, variables) }, called, [...calling, definition.key])));
      continue;
    }
    if (!PASS_THROUGH.has(node.type)) continue;
    if (node.type === 'bpmn:IntermediateThrowEvent' && node.eventDefinitions.length) continue;
    for (const flow of certainlyTaken(node, variables)) {
      const target = nodes.get(flow.target);
      if (target) queue.push({ node: target, via: flow.id });
    }
  }
  return opened;
}

/** The outgoing flows the node certainly takes; none when a condition cannot be decided yet. */
function certainlyTaken(node: FlowNode, variables: Record<string, unknown>): FlowNode['outgoing'] {
  if (node.type === 'bpmn:ParallelGateway') return node.outgoing;
  const others = node.outgoing.filter((flow) => flow.id !== node.defaultFlow);
  const holds = others.map((flow) => (flow.condition === null ? true : decide(flow.condition, variables)));
  if (holds.includes(UNKNOWN)) return [];
  const taken = others.filter((_, i) => holds[i] === true);
  const byDefault = node.outgoing.filter((flow) => flow.id === node.defaultFlow);
  if (node.type === 'bpmn:ExclusiveGateway') return taken.length ? taken.slice(0, 1) : byDefault;
  return taken.length ? taken : byDefault;
}

/** A condition's value when every variable it reads is given, else UNKNOWN. */
function decide(condition: string, variables: Record<string, unknown>): boolean | typeof UNKNOWN {
  const value = evaluate(condition, variables);
  return value === UNKNOWN ? UNKNOWN : value === true;
}

/** A value as the engine would resolve it: FEEL evaluated, a literal as it is; UNKNOWN when it reads what is not given. */
function evaluate(text: unknown, variables: Record<string, unknown>): unknown {
  if (isFeel(text)) {
    try {
      if (feelVariables(text).some((name) => !(name in variables) || variables[name] === UNKNOWN)) return UNKNOWN;
      return evaluateFeel(text, variables);
    } catch {
      return UNKNOWN;
    }
  }
  return typeof text === 'string' && text.includes('${') ? UNKNOWN : text;
}

/** A call's inputs as the called process gets them; an input that cannot be known yet hides the variable it names. */
function inputsOf(node: FlowNode, variables: Record<string, unknown>): Record<string, unknown> {
  // An input not known yet is kept as UNKNOWN, so it does not leave the caller's variable of that name visible.
  return Object.fromEntries(node.inputs.map(({ name, value }) => [name, evaluate(value, variables)]));
}

function groupsOf(node: FlowNode, variables: Record<string, unknown>): string[] | null {
  if (typeof node.candidateGroups !== 'string') return node.candidateGroups ?? [];
  const value = evaluate(node.candidateGroups, variables);
  return value === UNKNOWN ? null : splitGroups(value);
}
