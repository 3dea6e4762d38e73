import type { ServerResponse } from 'node:http';
import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Clock, localDay } from '@ap/common';
import { RolesOf } from '../../decorators';
import { Audited } from '../audited';
import { auditCsv } from './audit-csv';
import { AuditLineView } from './audit-line.view';
import { AuditSearch } from './audit-search.service';
import { AuditSearchFilters, AuditSearchQuery, givenFilters } from './audit-search.query';

/** The audit trail for those who audit (AUDITOR_ROLES); every search and export is itself recorded. */
@ApiTags('audit-trail')
@ApiBearerAuth()
@RolesOf('auditTrail')
@Controller('audit-trail')
export class AuditTrailController {
  constructor(
    private readonly search: AuditSearch,
    private readonly clock: Clock,
  ) {}

  /** A page of the lines that match, newest first; the header X-Total-Count says how many match in all. */
  @Get()
  @Audited({ action: 'search', resource: 'audit-trail', ids: () => [], details: (request) => givenFilters(request.query as AuditSearchFilters) })
  @ApiOkResponse({ type: [AuditLineView], headers: { 'X-Total-Count': { description: 'Aantal regels dat aan de zoekvraag voldoet', schema: { type: 'integer' } } } })
  async list(@Query() query: AuditSearchQuery, @Res({ passthrough: true }) res: ServerResponse): Promise<AuditLineView[]> {
    const [lines, total] = await this.search.page(query, query.limit, query.offset);
    res.setHeader('X-Total-Count', String(total));
    return lines;
  }

  /** Every line that matches as CSV, with Dutch headers. */
  @Get('export')
  @Audited({ action: 'export', resource: 'audit-trail', ids: () => [], details: (request) => givenFilters(request.query as AuditSearchFilters) })
  @ApiOkResponse({ description: 'De regels als CSV (puntkomma, UTF-8)', content: { 'text/csv': { schema: { type: 'string' } } } })
  async export(@Query() query: AuditSearchFilters): Promise<StreamableFile> {
    const csv = auditCsv(await this.search.all(query));
    return new StreamableFile(Buffer.from(csv, 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="audittrail-${localDay(this.clock.now())}.csv"` });
  }
}
