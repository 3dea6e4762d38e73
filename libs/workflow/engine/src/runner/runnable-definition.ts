/** What the runner needs of a deployed definition version. */
export interface RunnableDefinition {
  key: string;
  sourceContext: unknown;
}

/** A completed user task, delivered to the waiting instance. */
export interface TaskSignal {
  elementId: string;
  executionId: string;
  form: Record<string, unknown>;
}
