import { Body, Controller, Get, Headers, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, AuthUser, CurrentUser, Roles } from '@ap/auth';
import { ACCESS, formSchema, UuidPipe } from '@ap/common';
import { IDEMPOTENCY_HEADER, idempotency } from '../idempotency/idempotency-keys';
import { HomeVisitsService } from './home-visits.service';
import { HomeVisitPlanForm, HomeVisitSummary, HomeVisitView } from './home-visit.view';
import { PlanHomeVisitDto } from './plan-home-visit.dto';

const PLAN_FORM = { key: 'home-visit-plan', title: 'Huisbezoek plannen', dto: PlanHomeVisitDto };

@ApiTags('home-visits')
@ApiBearerAuth()
@Controller('home-visits')
export class HomeVisitsController {
  constructor(private readonly visits: HomeVisitsService) {}

  /** Plans a visit; its safety steps appear as tasks (business key "home-visit:<id>"), the planner's own. */
  @Roles(...ACCESS.planHomeVisits)
  @Post()
  @Audited({ action: 'home-visit-planned', resource: 'home-visit', ids: (_, visit) => [(visit as HomeVisitView).id] })
  @ApiCreatedResponse({ type: HomeVisitView })
  @ApiHeader(IDEMPOTENCY_HEADER)
  async plan(@Body() body: PlanHomeVisitDto, @Headers('idempotency-key') key: string | undefined, @Req() req: { body: unknown }, @CurrentUser() user: AuthUser): Promise<HomeVisitView> {
    return this.visits.get(await this.visits.plan(body, user, idempotency(key, req.body)), user);
  }

  /** My visits, today's and later ones first; the department head sees everyone's. */
  @Roles(...ACCESS.homeVisits)
  @Get()
  @ApiOkResponse({ type: [HomeVisitSummary] })
  list(@CurrentUser() user: AuthUser): Promise<HomeVisitSummary[]> {
    return this.visits.list(user.roles.includes('department-head') ? null : user.id);
  }

  /** The plan form's fields as JSON Schema, from the very class that checks a plan. */
  @Roles(...ACCESS.planHomeVisits)
  @Get('plan-form')
  @ApiOkResponse({ type: HomeVisitPlanForm })
  planForm(): HomeVisitPlanForm {
    return { key: PLAN_FORM.key, title: PLAN_FORM.title, schema: formSchema(PLAN_FORM) };
  }

  /** One visit: only for the employee who planned it, the colleague named at check-out and department heads. */
  @Roles(...ACCESS.homeVisits)
  @Get(':id')
  @Audited({ action: 'read', resource: 'home-visit' })
  @ApiOkResponse({ type: HomeVisitView })
  get(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<HomeVisitView> {
    return this.visits.get(id, user);
  }
}
