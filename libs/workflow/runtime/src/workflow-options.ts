export interface WorkflowOptions {
  /** Folder with the .bpmn models deployed at start-up. */
  processesDir: string;
}

export const WORKFLOW_OPTIONS = Symbol('WORKFLOW_OPTIONS');
