import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import BpmnModdle from 'bpmn-moddle';
import * as Elements from 'bpmn-elements';
import serializer, { TypeResolver } from 'moddle-context-serializer';
import { candidateGroupsExpressionOf, candidateGroupsOf, inputParametersOf } from './camunda-attributes';
import { DefinitionError, FlowNode, ParsedDefinition } from './parsed-definition';
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
    throw new DefinitionError(file, [`not valid BPMN XML: ${err instanceof Error ? err.message : String(err)}`]);
  }

  const problems: string[] = (context.warnings ?? []).map((w: any) => w.message as string);
  const processes = (context.rootElement?.rootElements ?? []).filter((e: any) => e.$type === 'bpmn:Process');
  const executable = processes.filter((p: any) => p.isExecutable);
  if (executable.length !== 1) {
    problems.push(`expected exactly one executable process, found ${executable.length}`);
    throw new DefinitionError(file, problems);
  }
  const process = executable[0];

  const serviceTopics = new Set<string>();
  const userTasks: ParsedDefinition['userTasks'] = [];
  const calledElements = new Set<string>();
  for (const element of flowElementsOf(process)) {
    if (element.$type === 'bpmn:CallActivity') {
      if (element.calledElement) calledElements.add(element.calledElement);
      else problems.push(`CallActivity "${element.name ?? element.id}" (${element.id}) names no called process (calledElement)`);
    }
    const where = `${element.$type.replace('bpmn:', '')} "${element.name ?? element.id}" (${element.id})`;
    checkElement(element, where, options, problems, serviceTopics, userTasks);
  }
  if (problems.length) throw new DefinitionError(file, problems);

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

function checkElement(
  element: any,
  where: string,
  options: ParseOptions,
  problems: string[],
  serviceTopics: Set<string>,
  userTasks: ParsedDefinition['userTasks'],
): void {
  switch (element.$type) {
    case 'bpmn:ServiceTask': {
      if (element.type !== 'external' || !element.topic) {
        problems.push(`${where} needs implementation "external" with a topic`);
      } else if (options.knownTopics && !options.knownTopics.includes(element.topic)) {
        problems.push(`${where} uses topic "${element.topic}", which no service provides (known: ${options.knownTopics.join(', ')})`);
      } else {
        serviceTopics.add(element.topic);
      }
      break;
    }
    case 'bpmn:UserTask': {
      const groups = candidateGroupsOf(element);
      const groupsExpression = candidateGroupsExpressionOf(element);
      if (groupsExpression) checkExpression(groupsExpression, `${where} candidate groups`, problems);
      else if (!groups.length) problems.push(`${where} has no candidate groups`);
      for (const group of groups) {
        if (options.knownGroups && !options.knownGroups.includes(group)) problems.push(`${where} names unknown group "${group}"`);
      }
      if (element.formKey && options.knownForms && !options.knownForms.includes(element.formKey)) {
        problems.push(`${where} uses form "${element.formKey}", which does not exist (known: ${options.knownForms.join(', ')})`);
      }
      if (element.dueDate) checkExpression(element.dueDate, `${where} due date`, problems);
      if (element.dueDate && !isFeel(element.dueDate) && !isIsoDuration(element.dueDate) && !DateTime.fromISO(element.dueDate).isValid) {
        problems.push(`${where} due date "${element.dueDate}" is neither an ISO 8601 duration (P2D) nor a date-time`);
      }
      if (element.assignee) checkExpression(element.assignee, `${where} assignee`, problems);
      userTasks.push({ id: element.id, name: element.name ?? element.id, candidateGroups: groups, formKey: element.formKey ?? null });
      break;
    }
    case 'bpmn:ScriptTask':
      problems.push(`${where}: script tasks are not allowed; use a service task`);
      break;
    case 'bpmn:SequenceFlow': {
      const condition = element.conditionExpression;
      if (condition?.language) problems.push(`${where}: scripted conditions are not allowed; write a FEEL expression "= …"`);
      else if (condition?.body) checkExpression(condition.body, `${where} condition`, problems);
      break;
    }
  }
  for (const definition of element.eventDefinitions ?? []) {
    if (definition.$type !== 'bpmn:TimerEventDefinition') continue;
    if (definition.timeCycle) problems.push(`${where}: repeating timers (timeCycle) are not supported; use timeDate or timeDuration`);
    const expression = definition.timeDate?.body ?? definition.timeDuration?.body;
    if (!expression) problems.push(`${where}: the timer needs a timeDate or timeDuration`);
    else checkExpression(expression, `${where} timer`, problems);
    const duration = definition.timeDuration?.body;
    if (duration && !isFeel(duration) && !isIsoDuration(duration)) problems.push(`${where}: timeDuration "${duration}" is not an ISO 8601 duration such as PT30M or P2D`);
  }
  try {
    for (const parameter of inputParametersOf(element)) {
      if (isFeel(parameter.value)) checkExpression(parameter.value, `${where} input "${parameter.name}"`, problems);
      else if (options.durationInputs?.includes(parameter.name) && !isIsoDuration(parameter.value)) {
        problems.push(`${where} input "${parameter.name}" is "${parameter.value}", not an ISO 8601 duration such as P6M or PT30M`);
      }
    }
  } catch (err) {
    problems.push(`${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function checkExpression(text: string, where: string, problems: string[]): void {
  if (!isFeel(text)) return;
  const error = feelSyntaxError(text);
  if (error) problems.push(`${where}: ${error} in "${text}"`);
}

function* flowElementsOf(container: any): Generator<any> {
  for (const element of container.flowElements ?? []) {
    yield element;
    if (element.flowElements) yield* flowElementsOf(element);
  }
}
