import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@ap/auth';
import { IncidentsService } from './incidents.service';
import { ReportIncidentDto } from './report-incident.dto';

const REPORTERS = ['employee', 'team-lead', 'department-head'] as const;
const FILE_READERS = ['employee', 'team-lead', 'department-head', 'college', 'hr', 'admin'] as const;

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Roles(...REPORTERS)
  @Post()
  async report(@Body() body: ReportIncidentDto, @CurrentUser() user: AuthUser) {
    const incident = await this.incidents.report(body, user);
    return this.incidents.file(incident.id);
  }

  @Roles(...FILE_READERS)
  @Get()
  @ApiQuery({ name: 'limit', required: false })
  list(@Query('limit', new ParseIntPipe({ optional: true })) limit?: number) {
    return this.incidents.list(limit);
  }

  @Roles(...FILE_READERS)
  @Get(':id')
  file(@Param('id', ParseUUIDPipe) id: string) {
    return this.incidents.file(id);
  }
}
