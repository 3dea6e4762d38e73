import { Injectable } from '@nestjs/common';
import { instanceToPlain } from 'class-transformer';
import { Clock, DomainError, formSchema, validateAs } from '@ap/common';
import { Database, UnitOfWork, UserTaskEntity } from '@ap/persistence';
import { AuthUser } from '@ap/auth';
import { DefinitionStore } from '../deployment/definition-store';
import { confirmationForm } from '../forms/confirmation.form';
import { FormRegistry } from '../forms/form-registry';
import { assertOpen } from './completion-permission';
import { TaskCompletions } from './task-completions';
import { TaskSubjects } from './task-subjects';
import { taskView, TaskView } from './task-view';

export interface TaskQuery {
  businessKey?: string;
  /** Only tasks completed with this form (the kind of task). */
  formKey?: string;
  /** Only tasks of cases that started with this process (an incident's channel). */
  processKey?: string;
  limit: number;
  offset: number;
}

export interface TaskFacet {
  key: string;
  /** The form's title, or the process model's name. */
  label: string;
  count: number;
}

/** The human side of the runtime: which tasks a user may see, claim, release and complete. */
@Injectable()
export class TaskService {
  constructor(
    private readonly db: Database,
    private readonly forms: FormRegistry,
    private readonly completions: TaskCompletions,
    private readonly subjects: TaskSubjects,
    private readonly clock: Clock,
    private readonly definitions: DefinitionStore,
  ) {}

  /**
   * Open tasks offered to any of the user's roles, the most urgent first (overdue, then soonest due,
   * then those without a due date): one page, and how many there are.
   */
  openFor(user: AuthUser, query: TaskQuery): Promise<[TaskView[], number]> {
    return this.db.read(async (uow) => {
      const builder = uow.tasks
        .createQueryBuilder('t')
        .where(`t.status = 'open'`)
        .andWhere('t.candidate_groups && :roles', { roles: user.roles })
        .orderBy('t.due_at', 'ASC', 'NULLS LAST')
        .addOrderBy('t.created_at', 'ASC')
        .addOrderBy('t.id', 'ASC')
        .take(query.limit)
        .skip(query.offset);
      if (query.businessKey) builder.andWhere('t.business_key = :businessKey', { businessKey: query.businessKey });
      // Tasks without a form key complete with the confirmation form.
      if (query.formKey) builder.andWhere('coalesce(t.form_key, :confirmation) = :formKey', { formKey: query.formKey, confirmation: confirmationForm.key });
      if (query.processKey) builder.andWhere('t.process_key = :processKey', { processKey: query.processKey });
      const [tasks, total] = await builder.getManyAndCount();
      return [await this.views(uow, tasks, user), total];
    });
  }

  /** How many of my open tasks there are of each kind (form) and each process, for the list's filters. */
  facets(user: AuthUser): Promise<{ forms: TaskFacet[]; processes: TaskFacet[] }> {
    return this.db.read(async (uow) => {
      const count = (column: string) =>
        uow.query<{ key: string; count: string }>(
          `SELECT ${column} AS key, count(*) AS count FROM user_tasks
            WHERE status = 'open' AND candidate_groups && $1 AND ${column} IS NOT NULL
            GROUP BY 1 ORDER BY 1`,
          [user.roles],
        );
      const [forms, processes] = await Promise.all([count(`coalesce(form_key, '${confirmationForm.key}')`), count('process_key')]);
      const deployed = await this.definitions.keys(uow);
      const processName = async (key: string) => (deployed.has(key) ? (await this.definitions.latest(key, null, uow)).name : key);
      return {
        forms: forms.map((r) => ({ key: r.key, label: this.formOf({ formKey: r.key }).title, count: Number(r.count) })),
        processes: await Promise.all(processes.map(async (r) => ({ key: r.key, label: await processName(r.key), count: Number(r.count) }))),
      };
    });
  }

  async get(id: string, user: AuthUser): Promise<TaskView> {
    return this.db.read(async (uow) => {
      const task = await uow.tasks.findOneBy({ id });
      if (!task) throw new DomainError('not-found', `Taak ${id} bestaat niet`);
      this.assertCandidate(task, user);
      return (await this.views(uow, [task], user))[0];
    });
  }

  formOf(task: Pick<UserTaskEntity, 'formKey'>) {
    return this.forms.get(task.formKey ?? confirmationForm.key) ?? confirmationForm;
  }

  /** The form with this key, its fields as JSON Schema. */
  formSchema(key: string) {
    const form = this.formOf({ formKey: key });
    return { key: form.key, title: form.title, schema: formSchema(form) };
  }

  /** Takes a task so colleagues with the same role see that someone is on it. */
  claim(id: string, user: AuthUser): Promise<TaskView> {
    return this.change(id, user, (task) => {
      if (task.assigneeId === user.id) return;
      if (task.assigneeId) throw new DomainError('conflict', `Taak "${task.name}" is al aan iemand anders toegewezen`);
      task.assigneeId = user.id;
      task.claimedAt = this.clock.now();
    });
  }

  /** Gives a claimed task back to everyone with its role. A task the model assigned stays with its assignee. */
  release(id: string, user: AuthUser): Promise<TaskView> {
    return this.change(id, user, (task) => {
      if (!task.assigneeId) return;
      if (task.assigneeId !== user.id) throw new DomainError('conflict', `Taak "${task.name}" is aan iemand anders toegewezen; alleen die kan hem vrijgeven`);
      if (!task.claimedAt) throw new DomainError('conflict', `Taak "${task.name}" is door het protocol aan u toegewezen en kan niet worden vrijgegeven`);
      task.assigneeId = null;
      task.claimedAt = null;
    });
  }

  /**
   * Validates the form against the task's form definition, then completes the task (see TaskCompletions).
   * A task someone else holds is refused before its form is looked at, so its fields say nothing either.
   */
  async complete(id: string, body: unknown, user: AuthUser): Promise<TaskView> {
    const task = await this.db.read(async (uow) => {
      const found = await uow.tasks.findOneBy({ id });
      if (!found) throw new DomainError('not-found', `Taak ${id} bestaat niet`);
      this.assertCandidate(found, user);
      assertOpen(found);
      if (found.assigneeId && found.assigneeId !== user.id) throw new DomainError('conflict', `Taak "${found.name}" is aan iemand anders toegewezen`);
      return found;
    });
    const form = await validateAs(this.formOf(task).dto, body ?? {});
    const completed = await this.completions.complete(id, instanceToPlain(form), { id: user.id, name: user.displayName }, user.roles);
    return this.db.read(async (uow) => (await this.views(uow, [completed], user))[0]);
  }

  private change(id: string, user: AuthUser, apply: (task: UserTaskEntity) => void): Promise<TaskView> {
    return this.db.transaction(async (uow) => {
      const task = await uow.tasks.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw new DomainError('not-found', `Taak ${id} bestaat niet`);
      this.assertCandidate(task, user);
      assertOpen(task);
      apply(task);
      await uow.tasks.update(task.id, { assigneeId: task.assigneeId, claimedAt: task.claimedAt });
      return (await this.views(uow, [task], user))[0];
    });
  }

  /**
   * Tasks with what they are about and who holds them, two queries for a whole page, as `user` may see
   * them: a task the model assigned to someone else without its contents.
   */
  private async views(uow: UnitOfWork, tasks: UserTaskEntity[], user: AuthUser): Promise<TaskView[]> {
    const assigneeIds = [...new Set(tasks.map((t) => t.assigneeId).filter((id): id is string => !!id))];
    const [subjects, users] = await Promise.all([
      this.subjects.describe(uow, tasks.map((t) => t.businessKey)),
      assigneeIds.length ? uow.users.createQueryBuilder('u').select(['u.id', 'u.displayName']).where('u.id = ANY(:ids)', { ids: assigneeIds }).getMany() : [],
    ]);
    const names = new Map(users.map((u) => [u.id, u]));
    return tasks.map((task) =>
      taskView(task, this.formOf(task), user.id, {
        subject: subjects.get(task.businessKey) ?? null,
        assignee: task.assigneeId ? (names.get(task.assigneeId) ?? null) : null,
      }),
    );
  }

  private assertCandidate(task: UserTaskEntity, user: AuthUser): void {
    if (!task.candidateGroups.some((g) => (user.roles as string[]).includes(g))) {
      throw new DomainError('forbidden', `Taak "${task.name}" is voor ${task.candidateGroups.join(', ')}`);
    }
  }
}
