import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import BpmnModdle from 'bpmn-moddle';
import * as Elements from 'bpmn-elements';
import serializer, { TypeResolver } from 'moddle-context-serializer';
import { candidateGroupsExpressionOf, candidateGroupsOf, inputParametersOf } from './camunda-attributes';
import { DefinitionError, DefinitionProblem, FlowNode, ParsedDefinition } from './parsed-definition';
import { feelSyntaxError, isFeel } from '../expressions/feel';
import { DurableTimerEventDefinition } from '../timers/durable-timer-event-definition';
import { isIsoDuration } from './iso-duration';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const camundaModdle = require('camunda-bpmn-moddle/resources/camunda.json');

export interface ParseOptions {
  /** Topics that have a handler; a service task naming another topic is a deployment error. */
  knownTopics?: string[];
  /** Roles that exist; a user task offered to another group is a deployment error. */
  knownGroups?: string[];
  /** Forms that exist; a user task naming another camunda:formKey is a deployment error. */
  knownForms?: string[];
  /** Input parameters that take an ISO 8601 duration: a literal value that is none is a deployment error. */
  durationInputs?: string[];
}

/**
 * Parses and checks one BPMN file. Everything a policy owner can get wrong in a modeller is reported
 * here, at deployment, with the element it concerns, rather than when an instance reaches it.
 */
export async function parseDefinition(file: string, xml: string, options: ParseOptions = {}): Promise<ParsedDefinition> {
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  let context: any;
  try {
    context = await moddle.fromXML(xml.trim());
  } catch (err) {
    throw new DefinitionError(file, [{ elementId: null, message: `Geen geldige BPMN-XML: ${err instanceof Error ? err.message : String(err)}` }]);
  }

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
    if (element.$type === 'bpmn:CallActivity') {
      if (element.calledElement) calledElements.add(element.calledElement);
      else problems.push({ elementId: element.id, message: `${describe(element)} roept geen proces aan (calledElement ontbreekt).` });
    }
    checkElement(element, options, problems, serviceTopics, userTasks);
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

function checkElement(element: any, options: ParseOptions, problems: DefinitionProblem[], serviceTopics: Set<string>, userTasks: ParsedDefinition['userTasks']): void {
  const where = describe(element);
  const problem = (message: string) => problems.push({ elementId: element.id, message });
  const expression = (text: string, what: string) => {
    if (!isFeel(text)) return;
    const error = feelSyntaxError(text);
    if (error) problem(`${where}: ${what} "${text}" is geen geldige FEEL-expressie (${error}).`);
  };
  switch (element.$type) {
    case 'bpmn:ServiceTask': {
      if (element.type !== 'external' || !element.topic) {
        problem(`${where} heeft als implementatie "external" met een topic nodig.`);
      } else if (options.knownTopics && !options.knownTopics.includes(element.topic)) {
        problem(`${where} gebruikt topic "${element.topic}", dat geen dienst levert (bekend: ${options.knownTopics.join(', ')}).`);
      } else {
        serviceTopics.add(element.topic);
      }
      break;
    }
    case 'bpmn:UserTask': {
      const groups = candidateGroupsOf(element);
      const groupsExpression = candidateGroupsExpressionOf(element);
      if (groupsExpression) expression(groupsExpression, 'de rol');
      else if (!groups.length) problem(`${where} heeft geen rol (candidateGroups).`);
      for (const group of groups) {
        if (options.knownGroups && !options.knownGroups.includes(group)) problem(`${where} noemt rol "${group}", die niet bestaat (bekend: ${options.knownGroups.join(', ')}).`);
      }
      if (element.formKey && options.knownForms && !options.knownForms.includes(element.formKey)) {
        problem(`${where} gebruikt formulier "${element.formKey}", dat niet bestaat (bekend: ${options.knownForms.join(', ')}).`);
      }
      if (element.dueDate) expression(element.dueDate, 'de termijn');
      if (element.dueDate && !isFeel(element.dueDate) && !isIsoDuration(element.dueDate) && !DateTime.fromISO(element.dueDate).isValid) {
        problem(`${where}: de termijn "${element.dueDate}" is geen ISO 8601-duur (P2D) en geen datum-tijd.`);
      }
      if (element.assignee) expression(element.assignee, 'de toegewezen persoon');
      userTasks.push({ id: element.id, name: element.name ?? element.id, candidateGroups: groups, formKey: element.formKey ?? null });
      break;
    }
    case 'bpmn:ScriptTask':
      problem(`${where}: scripttaken zijn niet toegestaan; gebruik een servicetaak.`);
      break;
    case 'bpmn:SequenceFlow': {
      const condition = element.conditionExpression;
      if (condition?.language) problem(`${where}: voorwaarden in een scripttaal zijn niet toegestaan; schrijf een FEEL-expressie "= …".`);
      else if (condition?.body) expression(condition.body, 'de voorwaarde');
      break;
    }
  }
  for (const definition of element.eventDefinitions ?? []) {
    if (definition.$type !== 'bpmn:TimerEventDefinition') continue;
    if (definition.timeCycle) problem(`${where}: herhalende timers (timeCycle) worden niet ondersteund; gebruik timeDate of timeDuration.`);
    const timer = definition.timeDate?.body ?? definition.timeDuration?.body;
    if (!timer) problem(`${where}: de timer heeft een timeDate of timeDuration nodig.`);
    else expression(timer, 'de timer');
    const duration = definition.timeDuration?.body;
    if (duration && !isFeel(duration) && !isIsoDuration(duration)) problem(`${where}: de duur "${duration}" is geen ISO 8601-duur zoals PT30M of P2D.`);
  }
  try {
    for (const parameter of inputParametersOf(element)) {
      if (isFeel(parameter.value)) expression(parameter.value, `invoer "${parameter.name}"`);
      else if (options.durationInputs?.includes(parameter.name) && !isIsoDuration(parameter.value)) {
        problem(`${where}: invoer "${parameter.name}" is "${parameter.value}", geen ISO 8601-duur zoals P6M of PT30M.`);
      }
    }
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
