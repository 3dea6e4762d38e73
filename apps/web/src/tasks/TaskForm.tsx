import { api, ApiError, call } from '../api/client';
import { ServerForm } from '../forms/ServerForm';
import { FormSchema } from '../forms/json-schema';
import { TaskWithOwnForm } from './task-api';
import { tasksChanged } from './task-events';

interface TaskFormProps {
  task: TaskWithOwnForm;
  /** The form was accepted and the task is done. */
  onDone(): void;
  /** Someone else completed the task first: show it as it is now. */
  onConflict(): void;
  /** Above the form; the form's title when absent. */
  heading?: string;
}

/** The form that completes a task, built from the task's form definition on the server. */
export function TaskForm({ task, onDone, onConflict, heading = task.form.title }: TaskFormProps) {
  return (
    <ServerForm
      schema={task.form.schema as FormSchema}
      draftKey={`taak.${task.id}`}
      heading={heading}
      submitLabel="Afronden"
      send={async (value) => {
        try {
          await call(api.POST('/api/tasks/{id}/complete', { params: { path: { id: task.id } }, body: value }));
        } catch (err) {
          const failure = err as ApiError;
          throw failure.status === 409 ? new ApiError(409, `Deze taak is al afgerond of niet meer open: ${failure.message}`) : failure;
        }
        tasksChanged.emit();
        onDone();
      }}
      onConflict={onConflict}
    />
  );
}
