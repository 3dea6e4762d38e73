import { Button } from '@nl-design-system-candidate/button-react';

/** Previous and next page of a list, with where the user is. */
export function Pager({ page, pages, goTo }: { page: number; pages: number; goTo(page: number): void }) {
  return (
    <nav aria-label="Pagina's" className="ap-pager">
      <Button purpose="secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
        Vorige pagina
      </Button>
      <span>
        Pagina {page} van {pages}
      </span>
      <Button purpose="secondary" disabled={page >= pages} onClick={() => goTo(page + 1)}>
        Volgende pagina
      </Button>
    </nav>
  );
}
