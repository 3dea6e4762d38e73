import { isRole } from '@ap/common';
import { UnitOfWork } from '@ap/persistence';
import { WaitingUserTask } from '@ap/workflow-engine';
import { RunFailed } from '../instances/run-failed';

/**
 * Who may do a task the engine now waits on: its roles must all be known, and an assignee (camunda:assignee)
 * must be an active user holding one of them, since no one else could complete it. Returns the assignee's
 * user id, or null when the task is offered to its roles; a model error fails the run.
 */
export async function taskAssignment(uow: UnitOfWork, wait: WaitingUserTask): Promise<string | null> {
  const unknownGroups = wait.candidateGroups.filter((g) => !isRole(g));
  if (!wait.candidateGroups.length || unknownGroups.length) {
    throw new RunFailed({ elementId: wait.elementId, message: `taak "${wait.name}" heeft geen bekende rol: ${unknownGroups.join(', ') || 'geen rol opgegeven'}` });
  }
  if (wait.assignee === null) return null;
  const assignee = await uow.users.findOneBy({ username: wait.assignee, active: true });
  if (!assignee?.roles.some((r) => wait.candidateGroups.includes(r))) {
    const problem = assignee ? `${wait.assignee} heeft niet de rol ${wait.candidateGroups.join(' of ')}` : wait.assignee || 'geen gebruiker opgegeven';
    throw new RunFailed({ elementId: wait.elementId, message: `taak "${wait.name}" heeft geen bekende behandelaar: ${problem}` });
  }
  return assignee.id;
}
