import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@ap/auth';
import { ACCESS } from '@ap/common';
import { DefinitionStore } from '@ap/workflow-runtime';
import { IncidentsService } from './incidents.service';
import { ReportIncidentDto } from './report-incident.dto';
import { reportForm } from './report-form';
import { ReportFormView } from './report-form.view';

/** What a reporter needs back: where the new incident's file is. The response is the whole file. */
class ReportedIncident {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'AG-2026-00012' }) reference: string;
  @ApiProperty({ format: 'uuid' }) citizenId: string;
}

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly definitions: DefinitionStore,
  ) {}

  /** The report form: channels in use, the behaviours and categories each takes, the parts its model asks, the fields. */
  @Roles(...ACCESS.reportIncidents)
  @Get('report-form')
  @ApiOkResponse({ type: ReportFormView })
  form(): Promise<ReportFormView> {
    return reportForm(this.definitions);
  }

  @Roles(...ACCESS.reportIncidents)
  @Post()
  @ApiCreatedResponse({ type: ReportedIncident, description: "Het dossier van het nieuwe incident (GET /api/incidents/:id)" })
  async report(@Body() body: ReportIncidentDto, @CurrentUser() user: AuthUser) {
    const incident = await this.incidents.report(body, user);
    return this.incidents.file(incident.id);
  }

  @Roles(...ACCESS.incidentFiles)
  @Get()
  @ApiQuery({ name: 'limit', required: false })
  list(@Query('limit', new ParseIntPipe({ optional: true })) limit?: number) {
    return this.incidents.list(limit);
  }

  @Roles(...ACCESS.incidentFiles)
  @Get(':id')
  file(@Param('id', ParseUUIDPipe) id: string) {
    return this.incidents.file(id);
  }
}
