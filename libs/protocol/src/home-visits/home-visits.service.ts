import { Injectable } from '@nestjs/common';
import { Clock, DomainError, localDay } from '@ap/common';
import { AuthUser, OrganisationService } from '@ap/auth';
import { Database } from '@ap/persistence';
import { InstanceRunner } from '@ap/workflow-runtime';
import { Idempotency, IdempotencyKeys } from '../idempotency/idempotency-keys';
import { homeVisitKey } from './home-visit-key';
import { homeVisitViews } from './home-visit-views';
import { HomeVisitSummary, HomeVisitView } from './home-visit.view';
import { PlanHomeVisitDto } from './plan-home-visit.dto';

/** The process model that runs a visit's safety steps. */
export const HOME_VISIT_PROCESS = 'home-visit-safety';

@Injectable()
export class HomeVisitsService {
  constructor(
    private readonly db: Database,
    private readonly instances: InstanceRunner,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
    private readonly keys: IdempotencyKeys,
  ) {}

  /** Records the visit and starts its safety process (the planner's team's variant where it has one): risk assessment, check-out, check-in. */
  plan(dto: PlanHomeVisitDto, user: AuthUser, request?: Idempotency): Promise<string> {
    return this.db.transaction((uow) => this.keys.once(uow, 'home-visits', user.id, request, this.clock.now(), async () => {
      const plannedStart = new Date(dto.plannedStart);
      const visit = await uow.homeVisits.save(
        uow.homeVisits.create({
          employeeId: user.id,
          address: dto.address,
          visitedName: dto.visitedName,
          visitedPhone: dto.visitedPhone ?? null,
          purpose: dto.purpose,
          plannedStart,
          plannedMinutes: dto.plannedMinutes,
          processInstanceId: null,
          createdAt: this.clock.now(),
        }),
      );
      const instance = await this.instances.start(
        uow,
        HOME_VISIT_PROCESS,
        homeVisitKey(visit.id),
        {
          homeVisitId: visit.id,
          // The model assigns the visit's own steps to the planner (camunda:assignee="= plannedBy").
          plannedBy: user.username,
          employeeName: user.displayName,
          address: visit.address,
          visitedName: visit.visitedName,
          plannedStart: plannedStart.toISOString(),
          plannedEnd: new Date(plannedStart.getTime() + dto.plannedMinutes * 60_000).toISOString(),
        },
        { id: user.id, name: user.displayName },
        await this.organisation.unitOf(user.id, uow),
      );
      await uow.homeVisits.update(visit.id, { processInstanceId: instance.id });
      return visit.id;
    }));
  }

  /**
   * The visit with where its safety steps stand, for those it concerns: the employee who planned it, the
   * colleague named at check-out and the department heads. A visit says where someone is alone.
   */
  get(id: string, user: AuthUser): Promise<HomeVisitView> {
    return this.db.read(async (uow) => {
      const visit = await uow.homeVisits.findOneBy({ id });
      if (!visit) throw new DomainError('not-found', 'Dit huisbezoek bestaat niet.');
      const [view] = await homeVisitViews(uow, [visit]);
      if (!maySee(view, user)) {
        throw new DomainError('forbidden', 'Dit huisbezoek is alleen te zien voor de medewerker die het plande, de collega bij wie is uitgemeld en het afdelingshoofd.');
      }
      return view;
    });
  }

  /**
   * The visits of one employee, or everyone's: today's and later ones first, the soonest on top, then
   * earlier ones, the latest on top.
   */
  list(employeeId: string | null): Promise<HomeVisitSummary[]> {
    return this.db.read(async (uow) => {
      const visits = await uow.homeVisits.find({ where: employeeId ? { employeeId } : {}, order: { plannedStart: 'DESC' }, take: 200 });
      const today = localDay(this.clock.now());
      const upcoming = visits.filter((v) => localDay(v.plannedStart) >= today).reverse();
      const earlier = visits.filter((v) => localDay(v.plannedStart) < today);
      return (await homeVisitViews(uow, [...upcoming, ...earlier])).map(({ steps: _steps, ...summary }) => summary);
    });
  }
}

function maySee(visit: HomeVisitView, user: AuthUser): boolean {
  return visit.employee.id === user.id || visit.checkOut?.colleague?.id === user.id || user.roles.includes('department-head');
}
