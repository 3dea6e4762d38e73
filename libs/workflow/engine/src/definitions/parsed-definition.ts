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
}

/** A model that cannot be deployed, with every problem found and where. */
export class DefinitionError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'DefinitionError';
  }
}
