import { HomeVisitEntity, UnitOfWork, UserTaskEntity } from '@ap/persistence';
import { homeVisitKey } from './home-visit-key';
import { homeVisitStage } from './home-visit-stage';
import { HomeVisitCheckOut, HomeVisitPerson, HomeVisitStep, HomeVisitView } from './home-visit.view';

/** The check-out form as `home-visit-check-out` stores it. */
interface CheckOutForm {
  colleague: string;
  mobile: string;
  expectedEnd: string;
}

/**
 * Visits with their safety steps, the employee, the check-out and where they stand: three queries for any
 * number of visits.
 */
export async function homeVisitViews(uow: UnitOfWork, visits: HomeVisitEntity[]): Promise<HomeVisitView[]> {
  if (!visits.length) return [];
  const tasks = await uow.tasks
    .createQueryBuilder('t')
    .where('t.business_key = ANY(:keys)', { keys: visits.map((v) => homeVisitKey(v.id)) })
    .orderBy('t.created_at', 'ASC')
    .getMany();
  const byKey = new Map<string, UserTaskEntity[]>();
  for (const task of tasks) byKey.set(task.businessKey, [...(byKey.get(task.businessKey) ?? []), task]);
  const checkOutOf = (key: string) => byKey.get(key)?.find((t) => t.elementId === 'check_out' && t.status === 'completed');
  const colleagues = visits.map((v) => (checkOutOf(homeVisitKey(v.id))?.form as CheckOutForm | undefined)?.colleague).filter((u): u is string => !!u);
  const users = await uow.users
    .createQueryBuilder('u')
    .select(['u.id', 'u.username', 'u.displayName', 'u.active'])
    .where('u.id = ANY(:ids) OR (u.username = ANY(:colleagues) AND u.active)', { ids: [...new Set(visits.map((v) => v.employeeId))], colleagues })
    .getMany();
  const person = (user: { id: string; username: string; displayName: string }): HomeVisitPerson => ({ id: user.id, username: user.username, displayName: user.displayName });

  return visits.map((visit) => {
    const steps = byKey.get(homeVisitKey(visit.id)) ?? [];
    const checkOutTask = checkOutOf(homeVisitKey(visit.id));
    const form = checkOutTask?.form as CheckOutForm | undefined;
    const colleague = form && users.find((u) => u.username === form.colleague && u.active);
    const checkOut: HomeVisitCheckOut | null =
      form && checkOutTask?.completedAt ? { colleague: colleague ? person(colleague) : null, mobile: form.mobile, expectedEnd: form.expectedEnd, checkedOutAt: checkOutTask.completedAt } : null;
    return {
      id: visit.id,
      address: visit.address,
      visitedName: visit.visitedName,
      visitedPhone: visit.visitedPhone,
      purpose: visit.purpose,
      plannedStart: visit.plannedStart,
      plannedMinutes: visit.plannedMinutes,
      // employee_id references users, which are deactivated rather than deleted.
      employee: person(users.find((u) => u.id === visit.employeeId)!),
      stage: homeVisitStage(steps),
      checkOut,
      checkedInAt: steps.find((t) => t.elementId === 'check_in' && t.status === 'completed')?.completedAt ?? null,
      steps: steps.map(step),
    };
  });
}

function step(task: UserTaskEntity): HomeVisitStep {
  return {
    taskId: task.id,
    elementId: task.elementId,
    name: task.name,
    status: task.status,
    candidateGroups: task.candidateGroups,
    assigneeId: task.assigneeId,
    dueAt: task.dueAt,
    completedAt: task.completedAt,
    closeMessage: task.closeMessage,
  };
}
