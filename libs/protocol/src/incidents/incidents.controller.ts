import type { ServerResponse } from 'node:http';
import { Body, Controller, Get, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, AuthUser, CurrentUser, idsOf, IncidentVisibility, OrganisationService, Roles } from '@ap/auth';
import { ACCESS, UuidPipe } from '@ap/common';
import { DefinitionStore } from '@ap/workflow-runtime';
import { IDEMPOTENCY_HEADER, idempotency } from '../idempotency/idempotency-keys';
import { IncidentDiagramService } from './incident-diagram.service';
import { IncidentDiagramView } from './incident-diagram.view';
import { IncidentFileView, IncidentSummaryView } from './incident-file.view';
import { IncidentFacets, IncidentListQuery } from './incident-list.query';
import { IncidentsService } from './incidents.service';
import { ReportIncidentDto } from './report-incident.dto';
import { reportForm } from './report-form';
import { ReportFormView } from './report-form.view';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly diagrams: IncidentDiagramService,
    private readonly definitions: DefinitionStore,
    private readonly organisation: OrganisationService,
    private readonly visibility: IncidentVisibility,
  ) {}

  /**
   * The report form: channels in use, the behaviours and categories each takes, the parts its model asks
   * (in the variants of the reporter's team), the fields.
   */
  @Roles(...ACCESS.reportIncidents)
  @Get('report-form')
  @ApiOkResponse({ type: ReportFormView })
  async form(@CurrentUser() user: AuthUser): Promise<ReportFormView> {
    return reportForm(this.definitions, await this.organisation.unitOf(user.id));
  }

  @Roles(...ACCESS.reportIncidents)
  @Post()
  @Audited({ action: 'incident-reported', resource: 'incident', ids: (_, file) => [(file as IncidentFileView).id] })
  @ApiCreatedResponse({ type: IncidentFileView, description: 'Het dossier van het nieuwe incident' })
  @ApiHeader(IDEMPOTENCY_HEADER)
  async report(@Body() body: ReportIncidentDto, @Headers('idempotency-key') key: string | undefined, @Req() req: { body: unknown }, @CurrentUser() user: AuthUser): Promise<IncidentFileView> {
    return this.incidents.file(await this.incidents.report(body, user, idempotency(key, req.body)));
  }

  /** A page of incidents, the most recently reported first; the header X-Total-Count says how many match. */
  @Roles(...ACCESS.incidentFiles)
  @Get()
  @Audited({ action: 'search', resource: 'incident', ids: (_, page) => idsOf(page), details: ({ query }) => ({ q: query.q, channel: query.channel, offset: query.offset }) })
  @ApiOkResponse({ type: [IncidentSummaryView], headers: { 'X-Total-Count': { description: 'Aantal incidenten dat aan de filters voldoet', schema: { type: 'integer' } } } })
  async list(@Query() query: IncidentListQuery, @Res({ passthrough: true }) res: ServerResponse, @CurrentUser() user: AuthUser): Promise<IncidentSummaryView[]> {
    const [incidents, total] = await this.incidents.list(query, user);
    res.setHeader('X-Total-Count', String(total));
    return incidents;
  }

  /** How many incidents each channel has, for the filter of the list. */
  @Roles(...ACCESS.incidentFiles)
  @Get('facets')
  @ApiOkResponse({ type: IncidentFacets })
  facets(@CurrentUser() user: AuthUser): Promise<IncidentFacets> {
    return this.incidents.facets(user);
  }

  @Roles(...ACCESS.incidentFiles)
  @Get(':id')
  @Audited({ action: 'read', resource: 'incident' })
  @ApiOkResponse({ type: IncidentFileView })
  async file(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<IncidentFileView> {
    await this.visibility.assertMayOpen(user, { id });
    return this.incidents.file(id);
  }

  /**
   * The process diagrams of the incident with its progress: under the incident-file rule, because
   * the deployed models as such are for policy owners only.
   */
  @Roles(...ACCESS.incidentFiles)
  @Get(':id/diagram')
  @Audited({ action: 'read', resource: 'incident', details: () => ({ part: 'diagram' }) })
  @ApiOkResponse({ type: IncidentDiagramView })
  async diagram(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<IncidentDiagramView> {
    await this.visibility.assertMayOpen(user, { id });
    return this.diagrams.diagram(id);
  }
}
