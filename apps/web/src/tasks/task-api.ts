import { api, call, Schemas } from '../api/client';
import { tasksChanged } from './task-events';

export type Task = Schemas['TaskView'];
export type TaskWithForm = Schemas['TaskFormView'];
export type TaskFacets = Schemas['TaskFacets'];
/** A task with its form: every task, except one the model assigned to someone else (`restricted`). */
export type TaskWithOwnForm = TaskWithForm & { form: NonNullable<TaskWithForm['form']> };

export const hasForm = (task: TaskWithForm): task is TaskWithOwnForm => task.form !== null;

export interface TaskPage {
  tasks: Task[];
  total: number;
}

export interface TaskFilter {
  formKey?: string;
  processKey?: string;
  offset: number;
  limit: number;
}

export async function loadTasks(filter: TaskFilter): Promise<TaskPage> {
  const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''));
  let response: Response | undefined;
  const tasks = await call(
    api.GET('/api/tasks', { params: { query } }).then((r) => {
      response = r.response;
      return r;
    }),
  );
  return { tasks, total: Number(response?.headers.get('X-Total-Count') ?? tasks.length) };
}

export const loadFacets = () => call(api.GET('/api/tasks/facets'));

export const loadTask = (id: string) => call(api.GET('/api/tasks/{id}', { params: { path: { id } } }));

export async function claimTask(id: string): Promise<Task> {
  const task = await call(api.POST('/api/tasks/{id}/claim', { params: { path: { id } } }));
  tasksChanged.emit();
  return task;
}

export async function releaseTask(id: string): Promise<Task> {
  const task = await call(api.POST('/api/tasks/{id}/release', { params: { path: { id } } }));
  tasksChanged.emit();
  return task;
}

/** Who holds the task, as the list says it. */
export function holder(task: Pick<Task, 'assigneeId' | 'assignee'>, myId: string): 'nobody' | 'me' | 'someone-else' {
  if (!task.assigneeId) return 'nobody';
  return task.assigneeId === myId ? 'me' : 'someone-else';
}
