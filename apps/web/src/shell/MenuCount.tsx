import { useEffect, useState } from 'react';
import { NumberBadge } from '@nl-design-system-candidate/number-badge-react';
import { appEvent } from '../common/app-event';

const REFRESH_MS = 60_000;

interface Props {
  /** The number to show; a failed load keeps the last number. */
  load(): Promise<number>;
  /** What the number means, read by screen readers ("3 open taken"). */
  label(count: number): string;
  /** Loads again when this signal is given, besides once a minute. */
  changed: ReturnType<typeof appEvent>;
}

/** A number beside a menu entry: open tasks, unread messages. */
export function MenuCount({ load, label, changed }: Props) {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let stopped = false;
    const refresh = () => load().then((n) => !stopped && setCount(n), () => undefined);
    void refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    const unsubscribe = changed.on(refresh);
    return () => {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
    };
  }, [load, changed]);
  if (count === null) return null;
  return (
    <NumberBadge value={count} label={label(count)} className="ap-nav__count">
      {count}
    </NumberBadge>
  );
}
