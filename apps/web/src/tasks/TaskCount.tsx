import { api } from '../api/client';
import { MenuCount } from '../shell/MenuCount';
import { tasksChanged } from './task-events';

async function countTasks(): Promise<number> {
  const { response } = await api.GET('/api/tasks', { params: { query: { limit: 1 } } });
  if (!response.ok) throw new Error(`status ${response.status}`);
  return Number(response.headers.get('X-Total-Count') ?? 0);
}

const label = (n: number) => `${n} open ${n === 1 ? 'taak' : 'taken'}`;

/** How many open tasks wait for my roles, beside "Mijn taken" in the menu. */
export function TaskCount() {
  return <MenuCount load={countTasks} label={label} changed={tasksChanged} />;
}
