import type { StartRule } from 'bpmnlint-plugin-agressieprotocol/start-rules';

/** A BPMN file after parsing and validation, ready to run. */
export interface ParsedDefinition {
  /** The executable process id; instances are started by this key. */
  key: string;
  name: string;
  /** sha256 of the XML: the version identity of the definition. */
  hash: string;
  xml: string;
  /** The engine's serialised model, shared by every run of this version. */
  sourceContext: unknown;
  serviceTopics: string[];
  /** Process keys its call activities start; deployment checks they exist. */
  calledElements: string[];
  userTasks: { id: string; name: string; candidateGroups: string[]; formKey: string | null }[];
  /** The process's own flow nodes and their sequence flows, for reading the model without running it. */
  flow: FlowNode[];
  /** The cases that start this process (its start events' `start bij` rules); those that do not parse are left out (the model checks report them). */
  startRules: StartRule[];
}

/** One flow node of the process (not those inside an embedded sub-process) with its outgoing sequence flows. */
export interface FlowNode {
  id: string;
  /** The BPMN type, e.g. `bpmn:UserTask`. */
  type: string;
  name: string;
  /** How many sequence flows come in: a parallel gateway waits for all of them. */
  incoming: number;
  /** In the model's order; `condition` is the FEEL text of a conditional flow. */
  outgoing: { id: string; target: string; condition: string | null }[];
  /** The id of the gateway's default flow. */
  defaultFlow: string | null;
  /** The event definitions' types (`bpmn:TimerEventDefinition`), for events. */
  eventDefinitions: string[];
  calledElement: string | null;
  inputs: { name: string; value: unknown }[];
  /** camunda:candidateGroups as written: a list, or a FEEL expression. */
  candidateGroups: string[] | string | null;
  formKey: string | null;
  /** camunda:topic, for service tasks. */
  topic: string | null;
  /** A task, a waiting event or a deciding gateway: what must cite the protocol (see the bpmnlint plugin's paragraphs.js). */
  step: boolean;
  /** The paragraphs of the protocol the element cites (camunda:property protocolParagraph). */
  paragraphs: string[];
}

/** One thing wrong with a model: the element it concerns (null for the model as a whole) and what, in Dutch. */
export interface DefinitionProblem {
  elementId: string | null;
  message: string;
}

/** A model that cannot be deployed, with every problem found and where. */
export class DefinitionError extends Error {
  constructor(
    readonly file: string,
    readonly problems: DefinitionProblem[],
    /** The executable process's id, when the XML got that far. */
    readonly key: string | null = null,
  ) {
    super(`${file}: ${problems.map(describeProblem).join('; ')}`);
    this.name = 'DefinitionError';
  }
}

export function describeProblem({ elementId, message }: DefinitionProblem): string {
  return elementId ? `${elementId}: ${message}` : message;
}
