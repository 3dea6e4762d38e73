import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@ap/common';
import { isDatabaseUnavailable } from '@ap/persistence';

const STATUS: Record<DomainErrorCode, number> = {
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  invalid: HttpStatus.BAD_REQUEST,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  'too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'unsupported-type': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  'too-many-requests': HttpStatus.TOO_MANY_REQUESTS,
};

// PostgreSQL errors that mean the request was at fault, not the service, with what the client reads: the
// database's own text names tables and constraints and never reaches the client.
const DATABASE_ERRORS: Record<string, { status: number; message: string }> = {
  '22P02': { status: HttpStatus.BAD_REQUEST, message: 'Een waarde heeft niet de verwachte vorm.' },
  '22007': { status: HttpStatus.BAD_REQUEST, message: 'Een datum of tijd is ongeldig.' },
  '22008': { status: HttpStatus.BAD_REQUEST, message: 'Een datum of tijd ligt buiten het bereik dat de service aanneemt.' },
  '22003': { status: HttpStatus.BAD_REQUEST, message: 'Een getal is groter of kleiner dan de service aanneemt.' },
  '22021': { status: HttpStatus.BAD_REQUEST, message: 'De invoer bevat een teken dat niet is toegestaan.' },
  '23505': { status: HttpStatus.CONFLICT, message: 'Dit bestaat al.' },
  '40001': { status: HttpStatus.CONFLICT, message: 'Het verzoek botste met een gelijktijdige wijziging; probeer het opnieuw.' },
  '40P01': { status: HttpStatus.CONFLICT, message: 'Het verzoek botste met een gelijktijdige wijziging; probeer het opnieuw.' },
};

// What the body parser refuses before a request reaches a route, by its error type.
const BODY_ERRORS: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: HttpStatus.BAD_REQUEST, message: 'De inhoud van het verzoek is geen geldige JSON.' },
  'encoding.unsupported': { status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, message: 'De service neemt inhoud aan zonder codering, of met Content-Encoding gzip, deflate of br.' },
  'charset.unsupported': { status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, message: 'Stuur JSON in UTF-8.' },
  'request.aborted': { status: HttpStatus.BAD_REQUEST, message: 'Het verzoek is afgebroken voordat het helemaal binnen was.' },
  'request.size.invalid': { status: HttpStatus.BAD_REQUEST, message: 'Het verzoek is korter of langer dan zijn Content-Length zegt.' },
  'entity.too.large': { status: HttpStatus.PAYLOAD_TOO_LARGE, message: 'Het verzoek is groter dan de service aanneemt (5 MB); een procesmodel mag hoogstens 2 miljoen tekens hebben.' },
};

// A body whose Content-Encoding says gzip (or deflate, br) but which does not decompress: zlib's error.
const UNREADABLE_COMPRESSION = { status: HttpStatus.BAD_REQUEST, message: 'De inhoud is volgens Content-Encoding gecomprimeerd, maar laat zich niet uitpakken.' };

export const RETRY_AFTER_SECONDS = 10;
export const DATABASE_UNAVAILABLE = 'De database is tijdelijk niet bereikbaar; er is niets opgeslagen. Probeer het over enkele seconden opnieuw.';

/**
 * One error shape for every failure: `{ statusCode, error, message, errors? }`, where `errors` names each
 * bad field. Services throw DomainErrors and never speak HTTP; this maps them.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse();
    if (isDatabaseUnavailable(exception)) {
      // Nothing was stored; the service recovers by itself when the database is back.
      this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      response.status(503).json({ statusCode: 503, error: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE });
      return;
    }
    const { status, body } = this.describe(exception);
    const retryAfter = (exception as DomainError)?.details as { retryAfterSeconds?: number } | undefined;
    if (exception instanceof DomainError && typeof retryAfter?.retryAfterSeconds === 'number') response.setHeader('Retry-After', String(retryAfter.retryAfterSeconds));
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response.status(status).json({ statusCode: status, ...body });
  }

  private describe(exception: unknown): { status: number; body: Record<string, unknown> } {
    const raw = exception as { type?: string; code?: string; status?: number; cause?: { type?: string } } | undefined;
    const bodyError = BODY_ERRORS[raw?.type ?? raw?.cause?.type ?? ''] ?? (raw?.code?.startsWith('Z_') ? UNREADABLE_COMPRESSION : undefined);
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
    const databaseError = typeof code === 'string' ? DATABASE_ERRORS[code] : undefined;
    if (databaseError) return { status: databaseError.status, body: { error: HttpStatus[databaseError.status], message: databaseError.message } };
    // Any other client error a library raised on the way in (http-errors: a 4xx with a status).
    if (typeof raw?.status === 'number' && raw.status >= 400 && raw.status < 500) {
      return { status: raw.status, body: { error: HttpStatus[raw.status] ?? 'BAD_REQUEST', message: 'Het verzoek kan niet worden gelezen.' } };
    }
    return { status: 500, body: { error: 'INTERNAL_SERVER_ERROR', message: 'Er ging iets mis in de service; de fout is gelogd' } };
  }
}
