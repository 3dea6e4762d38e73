import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '@ap/common';
import { UnitOfWork } from '@ap/persistence';

/** What a creating request carries: the client's Idempotency-Key header, and the body it sent with it. */
export interface Idempotency {
  key: string;
  body: unknown;
}

const KEY = /^[\x21-\x7e]{8,200}$/;

/** The header as the OpenAPI document describes it, on every creating request that takes it. */
export const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Eén sleutel per verzoek (bv. een UUID). Wordt het verzoek met dezelfde sleutel en inhoud opnieuw gestuurd, dan komt hetzelfde resultaat terug in plaats van een tweede; met andere inhoud: 422.',
};

/** The body with its keys in one order, so the same content always hashes alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The Idempotency-Key header as given, checked; absent when the client sends none. */
export function idempotency(header: string | undefined, body: unknown): Idempotency | undefined {
  if (header === undefined) return undefined;
  if (!KEY.test(header)) {
    throw new DomainError('invalid', 'Ongeldige invoer', [{ field: 'Idempotency-Key', problems: ['Geef 8 tot 200 zichtbare tekens zonder spaties, bijvoorbeeld een UUID.'] }]);
  }
  return { key: header, body };
}

/**
 * Creating requests that a client may send again after a lost answer (the service died, the network
 * dropped): the key is recorded in the transaction that creates the resource, so either both are stored
 * or neither. The same key with the same body gets the resource created the first time; with another
 * body, a 422. Two requests with one key at the same moment: the second waits for the first's
 * transaction and then gets its resource.
 */
@Injectable()
export class IdempotencyKeys {
  /**
   * Runs `create` (in `uow`) unless this user's key was used before; returns the resource's id, new or
   * earlier. Without a key, simply creates.
   */
  async once(uow: UnitOfWork, scope: string, userId: string, request: Idempotency | undefined, now: Date, create: () => Promise<string>): Promise<string> {
    if (!request) return create();
    const hash = createHash('sha256').update(canonical(request.body)).digest('hex');
    const inserted = await uow.query<{ key: string }>(
      `INSERT INTO idempotency_keys (user_id, key, scope, request_hash, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [userId, request.key, scope, hash, now],
    );
    if (!inserted.length) {
      const [earlier] = await uow.query<{ scope: string; request_hash: string; resource_id: string | null }>(
        'SELECT scope, request_hash, resource_id FROM idempotency_keys WHERE user_id = $1 AND key = $2',
        [userId, request.key],
      );
      if (!earlier || earlier.scope !== scope || earlier.request_hash !== hash || !earlier.resource_id) {
        throw new DomainError('unprocessable', 'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor elk nieuw verzoek een nieuwe sleutel.');
      }
      return earlier.resource_id;
    }
    const id = await create();
    await uow.query('UPDATE idempotency_keys SET resource_id = $3 WHERE user_id = $1 AND key = $2', [userId, request.key, id]);
    return id;
  }
}
