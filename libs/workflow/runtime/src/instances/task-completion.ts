import { UserTaskEntity } from '@ap/persistence';
import { TaskSignal } from '@ap/workflow-engine';

/** A task being completed within a run: the task row, the validated form, and the signal for the engine. */
export interface TaskCompletion {
  task: UserTaskEntity;
  form: Record<string, unknown>;
  signal: TaskSignal;
}
