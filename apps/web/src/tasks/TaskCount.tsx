import { useEffect, useState } from 'react';
import { NumberBadge } from '@nl-design-system-candidate/number-badge-react';
import { api } from '../api/client';
import { onTasksChanged } from './task-events';

const REFRESH_MS = 60_000;

/** How many open tasks wait for my roles, beside "Mijn taken" in the menu. */
export function TaskCount() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let stopped = false;
    const load = () =>
      api.GET('/api/tasks', { params: { query: { limit: 1 } } }).then(
        ({ response }) => !stopped && response.ok && setCount(Number(response.headers.get('X-Total-Count') ?? 0)),
        () => undefined,
      );
    void load();
    const timer = setInterval(load, REFRESH_MS);
    const unsubscribe = onTasksChanged(load);
    return () => {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
    };
  }, []);
  if (count === null) return null;
  return (
    <NumberBadge value={count} label={`${count} open ${count === 1 ? 'taak' : 'taken'}`} className="ap-nav__count">
      {count}
    </NumberBadge>
  );
}
