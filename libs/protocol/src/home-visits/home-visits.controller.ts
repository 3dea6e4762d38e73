import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@ap/auth';
import { ACCESS } from '@ap/common';
import { HomeVisitsService } from './home-visits.service';
import { PlanHomeVisitDto } from './plan-home-visit.dto';


@ApiTags('home-visits')
@ApiBearerAuth()
@Controller('home-visits')
export class HomeVisitsController {
  constructor(private readonly visits: HomeVisitsService) {}

  /** Plans a visit; its safety steps appear as tasks (business key "home-visit:<id>"). */
  @Roles(...ACCESS.homeVisits)
  @Post()
  async plan(@Body() body: PlanHomeVisitDto, @CurrentUser() user: AuthUser) {
    return this.visits.get(await this.visits.plan(body, user));
  }

  /** My visits; the department head sees everyone's. */
  @Roles(...ACCESS.homeVisits)
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.visits.list(user.roles.includes('department-head') ? null : user.id);
  }

  @Roles(...ACCESS.homeVisits)
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.visits.get(id);
  }
}
