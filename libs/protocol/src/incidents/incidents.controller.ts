import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@ap/auth';
import { ACCESS } from '@ap/common';
import { IncidentsService } from './incidents.service';
import { ReportIncidentDto } from './report-incident.dto';


@ApiTags('incidents')
@ApiBearerAuth()
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Roles(...ACCESS.reportIncidents)
  @Post()
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
