export interface WorkflowOptions {
  /** Folder with the .bpmn models deployed at start-up. */
  processesDir: string;
  /** How often the timer scheduler looks for due timers; 0 turns the background loop off. */
  timerPollMs: number;
}

export const WORKFLOW_OPTIONS = Symbol('WORKFLOW_OPTIONS');
