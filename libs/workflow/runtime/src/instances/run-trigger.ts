import { ProcessTimerEntity, UserTaskEntity } from '@ap/persistence';
import { TaskSignal } from '@ap/workflow-engine';
import { Actor } from '../run-scope';

/** A task being completed within a run: the task row, the validated form, and the signal for the engine. */
export interface TaskCompletion {
  task: UserTaskEntity;
  form: Record<string, unknown>;
  signal: TaskSignal;
}

/**
 * What moves an instance, each kind running the engine its own way (see InstanceRunner):
 * - `start`: the first run of a new instance, not yet stored;
 * - `retry`: a stored start that failed, run from its variables again;
 * - `task`: a person completed one of its tasks;
 * - `timer`: one of its timers fell due;
 * - `call-returned`: a sub-process it called has ended, with the sub-process's variables.
 */
export type RunTrigger =
  | { kind: 'start' }
  | { kind: 'retry' }
  | { kind: 'task'; completion: TaskCompletion }
  | { kind: 'timer'; timer: ProcessTimerEntity }
  | { kind: 'call-returned'; signal: TaskSignal };

/** A run of an instance: what caused it, who, and when. */
export interface RunContext {
  trigger: RunTrigger;
  actor: Actor;
  now: Date;
}

/** A new instance is written once, when its first run has settled: no row to read back or update. */
export const isNewInstance = (trigger: RunTrigger): boolean => trigger.kind === 'start';
