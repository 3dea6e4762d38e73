import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@ap/common';

const STATUS: Record<DomainErrorCode, number> = {
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  invalid: HttpStatus.BAD_REQUEST,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  'too-large': HttpStatus.PAYLOAD_TOO_LARGE,
};

// PostgreSQL errors that mean the request was at fault, not the service.
const DATABASE_STATUS: Record<string, number> = {
  '22P02': HttpStatus.BAD_REQUEST, // invalid text representation
  '22007': HttpStatus.BAD_REQUEST, // invalid date-time format
  '22008': HttpStatus.BAD_REQUEST, // date-time out of range
  '23505': HttpStatus.CONFLICT, // unique violation
  '40001': HttpStatus.CONFLICT, // serialization failure
  '40P01': HttpStatus.CONFLICT, // deadlock detected
};

// What the body parser refuses before a request reaches a route, by its error type.
const BODY_ERRORS: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: HttpStatus.BAD_REQUEST, message: 'De inhoud van het verzoek is geen geldige JSON.' },
  'entity.too.large': { status: HttpStatus.PAYLOAD_TOO_LARGE, message: 'Het verzoek is groter dan de service aanneemt (5 MB); een procesmodel mag hoogstens 2 miljoen tekens hebben.' },
};

/**
 * One error shape for every failure: `{ statusCode, error, message, errors? }`, where `errors` names each
 * bad field. Services throw DomainErrors and never speak HTTP; this maps them.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse();
    const { status, body } = this.describe(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response.status(status).json({ statusCode: status, ...body });
  }

  private describe(exception: unknown): { status: number; body: Record<string, unknown> } {
    const raw = exception as { type?: string; cause?: { type?: string } } | undefined;
    const bodyError = BODY_ERRORS[raw?.type ?? raw?.cause?.type ?? ''];
    if (bodyError) return { status: bodyError.status, body: { error: HttpStatus[bodyError.status], message: bodyError.message } };
    if (exception instanceof DomainError) {
      const status = STATUS[exception.code];
      const body: Record<string, unknown> = { error: HttpStatus[status], message: exception.message };
      if (exception.code === 'invalid') body.errors = exception.details;
      else if (exception.details !== undefined) body.details = exception.details;
      return { status, body };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : ((response as any).message ?? exception.message);
      return { status, body: { error: HttpStatus[status], message } };
    }
    const code = (exception as any)?.driverError?.code ?? (exception as any)?.code;
    if (typeof code === 'string' && DATABASE_STATUS[code]) {
      const status = DATABASE_STATUS[code];
      return { status, body: { error: HttpStatus[status], message: (exception as any).driverError?.detail ?? (exception as Error).message } };
    }
    return { status: 500, body: { error: 'INTERNAL_SERVER_ERROR', message: 'Er ging iets mis in de service; de fout is gelogd' } };
  }
}
