import { DomainError } from '@ap/common';

/** Deeper than any request of the API nests (a report with its citizen and parts is 3 deep). */
export const MAX_DEPTH = 16;

/** Where the value breaks a rule every request keeps: a NUL character, or nesting deeper than MAX_DEPTH. */
function problem(value: unknown, path: string, depth: number): { field: string; text: string } | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? { field: path || 'body', text: 'Bevat een NUL-teken (\\u0000); dat is in tekst niet toegestaan.' } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DEPTH) return { field: path || 'body', text: `Is dieper genest dan ${MAX_DEPTH} niveaus; zo diep gaat geen verzoek van deze API.` };
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return { field: path || 'body', text: 'Een veldnaam bevat een NUL-teken (\\u0000).' };
    const found = problem(child, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses, before any route sees it, a query or JSON body with a NUL character in any text (PostgreSQL
 * cannot store one) or nested deeper than any request needs (the validators recurse into it).
 */
export function refuseHostileInput(req: { query?: unknown; body?: unknown }, _res: unknown, next: (err?: unknown) => void): void {
  const found = problem(req.query, '', 1) ?? problem(req.body, '', 1);
  next(found ? new DomainError('invalid', 'Ongeldige invoer', [{ field: found.field, problems: [found.text] }]) : undefined);
}
