import { DomainError } from '@ap/common';
import { UserTaskEntity } from '@ap/persistence';
import { Actor } from '../run-scope';

/** Refuses a task that is done or closed, saying why a step of the model closed it where it did. */
export function assertOpen(task: Pick<UserTaskEntity, 'name' | 'status' | 'closeMessage'>): void {
  if (task.status === 'open') return;
  const state = task.status === 'completed' ? 'afgerond' : 'vervallen';
  throw new DomainError('conflict', `Taak "${task.name}" is al ${state}${task.closeMessage ? `: ${task.closeMessage}` : ''}`);
}

/**
 * Whether `actor`, holding `roles`, may complete `task` now: it must be open, offered to one of their
 * roles, and assigned to no one else. Refuses with the reason otherwise.
 */
export function assertMayComplete(task: UserTaskEntity, actor: Actor, roles: readonly string[]): void {
  assertOpen(task);
  if (!task.candidateGroups.some((g) => roles.includes(g))) {
    throw new DomainError('forbidden', `Taak "${task.name}" is voor ${task.candidateGroups.join(', ')}`);
  }
  if (task.assigneeId && task.assigneeId !== actor.id) {
    throw new DomainError('conflict', `Taak "${task.name}" is aan iemand anders toegewezen`);
  }
}
