import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, Observable, switchMap } from 'rxjs';
import { Database } from '@ap/persistence';
import { AuditTrail } from './audit-trail';
import { AUDITED_KEY, AuditedRequest, AuditedRoute } from './audited';
import { auditSubjects } from './audit-subjects';

/**
 * Writes the audit lines of a route declared with @Audited after it answered successfully and before the
 * answer leaves: a read is shown only once it is recorded. A refused or failed request records nothing here.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly db: Database,
    private readonly audit: AuditTrail,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<AuditedRoute | undefined>(AUDITED_KEY, context.getHandler());
    const request = context.switchToHttp().getRequest();
    if (!route || route.inTransaction || (route.when && !route.when(request))) return next.handle();
    return next.handle().pipe(switchMap((result) => from(this.record(route, request, result).then(() => result))));
  }

  private async record(route: AuditedRoute, request: AuditedRequest & { ip?: string }, result: unknown): Promise<void> {
    const ids = route.ids ? route.ids(request, result) : [request.params.id ?? null];
    const actor = { id: request.user.id, username: request.user.username, address: request.ip ?? null };
    const reason = route.reason?.(request) ?? null;
    const details = route.details?.(request, result) ?? {};
    await this.db.transaction(async (uow) => {
      const subjects = await auditSubjects(uow, route.resource, ids.length ? ids : [null]);
      await this.audit.record(uow, actor, ...subjects.map((subject) => ({ action: route.action, resourceType: route.resource, ...subject, reason, details })));
    });
  }
}
