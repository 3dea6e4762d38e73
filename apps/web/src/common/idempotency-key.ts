const STORE = 'agressieprotocol.idempotency.';

/**
 * The Idempotency-Key of a form's submission. Sending the same content again (after an answer that never
 * came, also after a reload) reuses the key, so the service creates the incident or visit once; changed
 * content gets a new key. Kept in the tab like the form's draft; forgotten once the submission succeeded.
 */
export function idempotencyKey(form: string, body: unknown): string {
  const content = JSON.stringify(body);
  const stored = sessionStorage.getItem(STORE + form);
  const previous = stored ? (JSON.parse(stored) as { content: string; key: string }) : null;
  if (previous?.content === content) return previous.key;
  const key = crypto.randomUUID();
  sessionStorage.setItem(STORE + form, JSON.stringify({ content, key }));
  return key;
}

/** After a successful submission: the next one, even with the same content, is a new request. */
export function forgetIdempotencyKey(form: string): void {
  sessionStorage.removeItem(STORE + form);
}
