import { useSearchParams } from 'react-router';

/**
 * A list's filters and page, kept in the address so that a reload or a shared link shows the same
 * list. Changing a filter goes back to the first page.
 */
export function useListAddress(pageSize: number) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina') ?? 1) || 1);
  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next);
  };
  return {
    /** A filter's value in the address, or undefined. */
    filter: (name: string): string | undefined => params.get(name) || undefined,
    setFilter(name: string, value: string) {
      update((next) => {
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('pagina');
      });
    },
    page,
    offset: (page - 1) * pageSize,
    goTo: (target: number) => update((next) => next.set('pagina', String(target))),
    /** How many pages `total` items make; at least one. */
    pages: (total: number) => Math.max(1, Math.ceil(total / pageSize)),
  };
}
