import { Injectable } from '@nestjs/common';
import { instanceToPlain } from 'class-transformer';
import { DomainError, validateAs } from '@ap/common';
import { Database, UserTaskEntity } from '@ap/persistence';
import { AuthUser } from '@ap/auth';
import { confirmationForm } from '../forms/confirmation.form';
import { FormRegistry } from '../forms/form-registry';
import { InstanceService } from '../instances/instance-service';

/** The human side of the runtime: which tasks a user may see, claim and complete. */
@Injectable()
export class TaskService {
  constructor(
    private readonly db: Database,
    private readonly forms: FormRegistry,
    private readonly instances: InstanceService,
  ) {}

  /** Open tasks offered to any of the user's roles, soonest due first: one page, and how many there are. */
  openFor(user: AuthUser, page: { businessKey?: string; limit: number; offset: number }): Promise<[UserTaskEntity[], number]> {
    return this.db.read((uow) => {
      const query = uow.tasks
        .createQueryBuilder('t')
        .where(`t.status = 'open'`)
        .andWhere('t.candidate_groups && :roles', { roles: user.roles })
        .orderBy('t.due_at', 'ASC', 'NULLS LAST')
        .addOrderBy('t.created_at', 'ASC')
        .addOrderBy('t.id', 'ASC')
        .take(page.limit)
        .skip(page.offset);
      if (page.businessKey) query.andWhere('t.business_key = :businessKey', { businessKey: page.businessKey });
      return query.getManyAndCount();
    });
  }

  async get(id: string, user: AuthUser): Promise<UserTaskEntity> {
    const task = await this.db.read((uow) => uow.tasks.findOneBy({ id }));
    if (!task) throw new DomainError('not-found', `Taak ${id} bestaat niet`);
    this.assertCandidate(task, user);
    return task;
  }

  formOf(task: UserTaskEntity) {
    return this.forms.get(task.formKey ?? confirmationForm.key) ?? confirmationForm;
  }

  /** Takes a task so colleagues with the same role see that someone is on it. */
  async claim(id: string, user: AuthUser): Promise<UserTaskEntity> {
    return this.db.transaction(async (uow) => {
      const task = await uow.tasks.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw new DomainError('not-found', `Taak ${id} bestaat niet`);
      this.assertCandidate(task, user);
      if (task.status !== 'open') throw new DomainError('conflict', `Taak "${task.name}" is niet meer open`);
      if (task.assigneeId && task.assigneeId !== user.id) throw new DomainError('conflict', `Taak "${task.name}" is al aan iemand anders toegewezen`);
      task.assigneeId = user.id;
      return uow.tasks.save(task);
    });
  }

  /** Validates the form against the task's form definition, then completes the task (see InstanceService). */
  async complete(id: string, body: unknown, user: AuthUser): Promise<UserTaskEntity> {
    const task = await this.get(id, user);
    const form = await validateAs(this.formOf(task).dto, body ?? {});
    return this.instances.completeTask(id, instanceToPlain(form), { id: user.id, name: user.displayName }, user.roles);
  }

  private assertCandidate(task: UserTaskEntity, user: AuthUser): void {
    if (!task.candidateGroups.some((g) => (user.roles as string[]).includes(g))) {
      throw new DomainError('forbidden', `Taak "${task.name}" is voor ${task.candidateGroups.join(', ')}`);
    }
  }
}
