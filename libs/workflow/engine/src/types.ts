import { ArmedTimer } from './timers/durable-timers';

/** Variables of one process instance, as the engine keeps them. */
export type Variables = Record<string, unknown>;

/** A user task the instance waits on, with the attributes the modeller set. */
export interface WaitingUserTask {
  executionId: string;
  elementId: string;
  name: string;
  candidateGroups: string[];
  /** The username of camunda:assignee, resolved; null when the model names none. */
  assignee: string | null;
  formKey: string | null;
  dueAt: Date | null;
  /** Resolved camunda:inputOutput input parameters: what the task's form needs to show. */
  input: Record<string, unknown>;
}

/** Why a run stopped short: the element that failed and a message for people. */
export interface RunFailure {
  elementId: string | null;
  message: string;
  details?: unknown;
}

export type RunStatus = 'waiting' | 'completed' | 'failed';

/** A call activity waiting for the sub-process it calls (camunda-style `calledElement`). */
export interface WaitingCall {
  executionId: string;
  elementId: string;
  calledElement: string;
  /** Resolved input parameters, passed to the sub-process as its variables. */
  input: Record<string, unknown>;
}

export interface RunResult {
  status: RunStatus;
  /** Timers the instance now waits on; the runtime stores and fires them. */
  timers: ArmedTimer[];
  /** Serialised engine state without the definition source; null once completed or failed. */
  state: unknown | null;
  variables: Variables;
  waits: WaitingUserTask[];
  calls: WaitingCall[];
  /** Element ids of the activities (tasks, events, gateways, calls) that ended during this run. */
  ended: string[];
  failure: RunFailure | null;
}
