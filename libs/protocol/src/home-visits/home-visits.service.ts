import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@ap/common';
import { AuthUser } from '@ap/auth';
import { Database } from '@ap/persistence';
import { InstanceService } from '@ap/workflow-runtime';
import { homeVisitKey } from './home-visit-key';
import { PlanHomeVisitDto } from './plan-home-visit.dto';

/** The process model that runs a visit's safety steps. */
export const HOME_VISIT_PROCESS = 'home-visit-safety';

@Injectable()
export class HomeVisitsService {
  constructor(
    private readonly db: Database,
    private readonly instances: InstanceService,
    private readonly clock: Clock,
  ) {}

  /** Records the visit and starts its safety process: risk assessment, check-out, check-in. */
  plan(dto: PlanHomeVisitDto, user: AuthUser) {
    return this.db.transaction(async (uow) => {
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
          employeeName: user.displayName,
          address: visit.address,
          visitedName: visit.visitedName,
          plannedStart: plannedStart.toISOString(),
          plannedEnd: new Date(plannedStart.getTime() + dto.plannedMinutes * 60_000).toISOString(),
        },
        { id: user.id, name: user.displayName },
      );
      await uow.homeVisits.update(visit.id, { processInstanceId: instance.id });
      return visit.id;
    });
  }

  /** The visit with where its safety steps stand: the process and its tasks. */
  get(id: string) {
    return this.db.read(async (uow) => {
      const visit = await uow.homeVisits.findOneBy({ id });
      if (!visit) throw new DomainError('not-found', `Huisbezoek ${id} bestaat niet`);
      const [process, tasks] = await Promise.all([
        visit.processInstanceId ? uow.instances.findOne({ where: { id: visit.processInstanceId }, select: { id: true, status: true, failure: true, startedAt: true, endedAt: true } }) : null,
        uow.tasks.find({ where: { businessKey: homeVisitKey(id) }, order: { createdAt: 'ASC' } }),
      ]);
      return { ...visit, process, tasks };
    });
  }

  /** The visits of one employee, or everyone's, newest first. */
  list(employeeId: string | null) {
    return this.db.read((uow) => uow.homeVisits.find({ where: employeeId ? { employeeId } : {}, order: { plannedStart: 'DESC' }, take: 200 }));
  }
}
