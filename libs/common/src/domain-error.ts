export type DomainErrorCode = 'not-found' | 'conflict' | 'forbidden' | 'invalid' | 'unprocessable' | 'too-large' | 'unsupported-type' | 'too-many-requests';

/**
 * A rule of the domain said no. Services throw these and never speak HTTP; the API maps the code
 * to a status and passes the message and details to the caller.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
