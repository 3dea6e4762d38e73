import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error';

/** Any UUID, in any version, as the database's uuid type takes it. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id in a path or query: refused with a 400 that names the parameter in Dutch, in the product's error
 * shape (Nest's ParseUUIDPipe says "Validation failed (uuid is expected)" and names nothing).
 */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && UUID_PATTERN.test(value)) return value;
    const problem = value === undefined || value === '' ? 'Vul dit in.' : 'Moet een geldige id (UUID) zijn, bijvoorbeeld 3f2b8c1e-5d4a-4e7b-9c2d-1a2b3c4d5e6f.';
    throw new DomainError('invalid', 'Ongeldige invoer', [{ field: metadata.data ?? metadata.type, problems: [problem] }]);
  }
}
