import { createHash } from 'node:crypto';
import BpmnModdle from 'bpmn-moddle';
import * as Elements from 'bpmn-elements';
import { parseStartRule, startRuleTexts } from 'bpmnlint-plugin-agressieprotocol/start-rules';
import serializer, { TypeResolver } from 'moddle-context-serializer';
import { candidateGroupsExpressionOf, candidateGroupsOf, inputParametersOf } from './camunda-attributes';
import { isStep, paragraphsOf } from 'bpmnlint-plugin-agressieprotocol/paragraphs';
import { DefinitionError, DefinitionProblem, FlowNode, ParsedDefinition } from './parsed-definition';
import type { StartRule } from 'bpmnlint-plugin-agressieprotocol/start-rules';
import { feelSyntaxError, isFeel } from '../expressions/feel';
import { DurableTimerEventDefinition } from '../timers/durable-timer-event-definition';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const camundaModdle = require('camunda-bpmn-moddle/resources/camunda.json');

/** The model as bpmn-moddle reads it, with the Camunda extension; refused when the XML is not BPMN. */
export async function readModel(file: string, xml: string): Promise<{ rootElement: any; warnings?: { message: string; element?: { id?: string } }[] }> {
  try {
    return await new BpmnModdle({ camunda: camundaModdle }).fromXML(xml.trim());
  } catch (err) {
    throw new DefinitionError(file, [{ elementId: null, message: `Geen geldige BPMN-XML: ${err instanceof Error ? err.message : String(err)}` }]);
  }
}

export type ReadModel = Awaited<ReturnType<typeof readModel>>;

/**
 * Parses one BPMN file (or the model already read from it) and checks what the engine needs to run it safely: one executable process, FEEL
 * that parses, no scripts, no repeating timers. What the model names (topics, forms, roles, letters,
 * periods, called processes) is checked by the product's bpmnlint rules, see ModelChecks.
 */
export async function parseDefinition(file: string, xml: string, read?: ReadModel): Promise<ParsedDefinition> {
  const context: any = read ?? (await readModel(file, xml));

  const problems: DefinitionProblem[] = (context.warnings ?? []).map((w: any) => ({ elementId: w.element?.id ?? null, message: `Onbekend in BPMN: ${w.message}` }));
  const processes = (context.rootElement?.rootElements ?? []).filter((e: any) => e.$type === 'bpmn:Process');
  const executable = processes.filter((p: any) => p.isExecutable);
  if (executable.length !== 1) {
    problems.push({ elementId: null, message: `Een model moet precies één uitvoerbaar proces bevatten; dit heeft er ${executable.length}.` });
    throw new DefinitionError(file, problems);
  }
  const process = executable[0];

  const serviceTopics = new Set<string>();
  const userTasks: ParsedDefinition['userTasks'] = [];
  const calledElements = new Set<string>();
  for (const element of flowElementsOf(process)) {
    if (element.$type === 'bpmn:CallActivity' && element.calledElement) calledElements.add(element.calledElement);
    if (element.$type === 'bpmn:ServiceTask' && element.topic) serviceTopics.add(element.topic);
    if (element.$type === 'bpmn:UserTask') userTasks.push({ id: element.id, name: element.name ?? element.id, candidateGroups: candidateGroupsOf(element), formKey: element.formKey ?? null });
    checkElement(element, problems);
  }
  if (problems.length) throw new DefinitionError(file, problems, process.id);

  const sourceContext = serializer(
    context,
    TypeResolver({ ...Elements }, (types: Record<string, unknown>) => {
      types['bpmn:TimerEventDefinition'] = DurableTimerEventDefinition;
    }),
  );
  return {
    key: process.id,
    name: process.name ?? process.id,
    hash: createHash('sha256').update(xml).digest('hex'),
    xml,
    sourceContext,
    serviceTopics: [...serviceTopics].sort(),
    calledElements: [...calledElements].sort(),
    userTasks,
    flow: flowOf(process),
    startRules: startRuleTexts(process).flatMap(({ text }): StartRule[] => {
      const { rule } = parseStartRule(text);
      return rule ? [rule] : [];
    }),
  };
}

/** The process's own flow nodes with their outgoing flows; inputs the engine cannot read are left out (checked above). */
function flowOf(process: any): FlowNode[] {
  const elements: any[] = process.flowElements ?? [];
  const flows = elements.filter((e) => e.$type === 'bpmn:SequenceFlow');
  return elements
    .filter((e) => e.$type !== 'bpmn:SequenceFlow')
    .map((element) => {
      let inputs: FlowNode['inputs'] = [];
      try {
        inputs = inputParametersOf(element);
      } catch {
        // Reported by checkElement.
      }
      return {
        id: element.id,
        type: element.$type,
        name: element.name ?? element.id,
        incoming: flows.filter((f) => f.targetRef?.id === element.id).length,
        outgoing: flows
          .filter((f) => f.sourceRef?.id === element.id && f.targetRef)
          .map((f) => ({ id: f.id, target: f.targetRef.id, condition: typeof f.conditionExpression?.body === 'string' ? f.conditionExpression.body : null })),
        defaultFlow: element.default?.id ?? null,
        eventDefinitions: (element.eventDefinitions ?? []).map((d: any) => d.$type),
        calledElement: element.calledElement ?? null,
        inputs,
        candidateGroups: candidateGroupsExpressionOf(element) ?? (element.$type === 'bpmn:UserTask' ? candidateGroupsOf(element) : null),
        formKey: element.formKey ?? null,
        topic: element.topic ?? null,
        step: isStep(element),
        paragraphs: paragraphsOf(element),
      };
    });
}

/** Dutch names of the BPMN elements, as a policy owner sees them in the modeller. */
const ELEMENT_NAMES: Record<string, string> = {
  'bpmn:ServiceTask': 'Servicetaak',
  'bpmn:UserTask': 'Gebruikerstaak',
  'bpmn:ScriptTask': 'Scripttaak',
  'bpmn:CallActivity': 'Aanroep',
  'bpmn:SequenceFlow': 'Verbinding',
  'bpmn:StartEvent': 'Startgebeurtenis',
  'bpmn:EndEvent': 'Eindgebeurtenis',
  'bpmn:IntermediateCatchEvent': 'Tussengebeurtenis',
  'bpmn:BoundaryEvent': 'Randgebeurtenis',
  'bpmn:ExclusiveGateway': 'Keuze',
  'bpmn:ParallelGateway': 'Splitsing',
  'bpmn:InclusiveGateway': 'Keuze',
  'bpmn:SubProcess': 'Deelproces',
};

/** How a problem names its element: its kind and, where it has one, its name. */
export function describe(element: { $type: string; id: string; name?: string }): string {
  const kind = ELEMENT_NAMES[element.$type] ?? element.$type.replace('bpmn:', '');
  return element.name ? `${kind} "${element.name}"` : kind;
}

function checkElement(element: any, problems: DefinitionProblem[]): void {
  const where = describe(element);
  const problem = (message: string) => problems.push({ elementId: element.id, message });
  const expression = (text: unknown, what: string) => {
    if (!isFeel(text)) return;
    const error = feelSyntaxError(text as string);
    if (error) problem(`${where}: ${what} "${text}" is geen geldige FEEL-expressie (${error}).`);
  };
  switch (element.$type) {
    case 'bpmn:UserTask':
      expression(candidateGroupsExpressionOf(element), 'de rol');
      expression(element.dueDate, 'de termijn');
      expression(element.assignee, 'de toegewezen persoon');
      break;
    case 'bpmn:ScriptTask':
      problem(`${where}: scripttaken zijn niet toegestaan; gebruik een servicetaak.`);
      break;
    case 'bpmn:SequenceFlow': {
      const condition = element.conditionExpression;
      if (condition?.language) problem(`${where}: voorwaarden in een scripttaal zijn niet toegestaan; schrijf een FEEL-expressie "= …".`);
      else expression(condition?.body, 'de voorwaarde');
      break;
    }
  }
  for (const definition of element.eventDefinitions ?? []) {
    if (definition.$type !== 'bpmn:TimerEventDefinition') continue;
    if (definition.timeCycle) problem(`${where}: herhalende timers (timeCycle) worden niet ondersteund; gebruik timeDate of timeDuration.`);
    expression(definition.timeDate?.body ?? definition.timeDuration?.body, 'de timer');
  }
  try {
    for (const parameter of inputParametersOf(element)) expression(parameter.value, `invoer "${parameter.name}"`);
  } catch (err) {
    problem(`${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function* flowElementsOf(container: any): Generator<any> {
  for (const element of container.flowElements ?? []) {
    yield element;
    if (element.flowElements) yield* flowElementsOf(element);
  }
}
