import { useCallback } from 'react';
import { ErrorAlert } from '../common/ErrorAlert';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { hasForm, loadTask } from '../tasks/task-api';
import { TaskForm } from '../tasks/TaskForm';

/** The visit's open step as its task's own form (check-out, check-in, risk), done right on the visit's page. */
export function CurrentStep({ taskId, onDone, onConflict }: { taskId: string; onDone(name: string): void; onConflict(): void }) {
  const task = useApi(useCallback(() => loadTask(taskId), [taskId]));
  if (task.error) return <ErrorAlert error={task.error} />;
  if (!task.data) return <Loading what="Stap laden" />;
  // The visit page offers only the user's own step; a step assigned to someone else has no form to show.
  if (!hasForm(task.data)) return null;
  const { name } = task.data;
  return <TaskForm task={task.data} heading={name} onDone={() => onDone(name)} onConflict={onConflict} />;
}
