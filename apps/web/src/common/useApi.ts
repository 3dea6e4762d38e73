import { useEffect, useState } from 'react';
import { ApiError } from '../api/client';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

interface State<T> {
  data: T | null;
  error: ApiError | null;
  /** The loader and round the data came from; anything else is still loading. */
  from: { load: () => Promise<T>; round: number } | null;
}

/**
 * Loads data for a page. `load` must keep its identity while its inputs stay the same (useCallback):
 * a new `load` loads again. A reload keeps the old data on screen until the new arrives.
 */
export function useApi<T>(load: () => Promise<T>): Loaded<T> {
  const [round, setRound] = useState(0);
  const [state, setState] = useState<State<T>>({ data: null, error: null, from: null });
  useEffect(() => {
    let current = true;
    const from = { load, round };
    load().then(
      (data) => current && setState({ data, error: null, from }),
      (error) => current && setState((s) => ({ data: s.data, error: error instanceof ApiError ? error : new ApiError(0, String(error)), from })),
    );
    return () => {
      current = false;
    };
  }, [load, round]);
  return { data: state.data, error: state.error, loading: state.from?.load !== load || state.from.round !== round, reload: () => setRound((r) => r + 1) };
}
