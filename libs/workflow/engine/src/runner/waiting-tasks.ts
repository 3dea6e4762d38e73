import { candidateGroupsExpressionOf, candidateGroupsOf, splitGroups } from '../definitions/camunda-attributes';
import { resolveInputs, resolveValue } from '../extensions/resolve-inputs';
import { WaitingCall, WaitingUserTask } from '../types';
import { toDueDate } from './due-date';

/** The user tasks a settled execution waits on, with their modelled attributes resolved. */
export function waitingUserTasks(execution: any, now: Date): WaitingUserTask[] {
  const result: WaitingUserTask[] = [];
  for (const api of execution.getPostponed()) {
    if (api.type !== 'bpmn:UserTask') continue;
    const owner = api.owner;
    const behaviour = owner.behaviour;
    const environment = owner.environment;
    result.push({
      executionId: api.executionId,
      elementId: api.id,
      name: owner.name ?? api.id,
      candidateGroups: groupsOf(behaviour, environment, api),
      assignee: assigneeOf(behaviour, environment, api),
      formKey: behaviour.formKey ?? null,
      dueAt: behaviour.dueDate ? toDueDate(resolveValue(behaviour.dueDate, environment, api), now, api.id) : null,
      input: resolveInputs(behaviour, environment, api),
    });
  }
  return result;
}

/** The call activities a settled execution waits on: each needs its sub-process started or finished. */
export function waitingCalls(execution: any): WaitingCall[] {
  return execution
    .getPostponed()
    .filter((api: any) => api.type === 'bpmn:CallActivity')
    .map((api: any) => ({
      executionId: api.executionId,
      elementId: api.id,
      calledElement: api.content.calledElement ?? api.owner.behaviour.calledElement,
      input: resolveInputs(api.owner.behaviour, api.owner.environment, api),
    }));
}

/**
 * camunda:assignee, a username or FEEL (`= check_out.colleague`). An expression that yields nothing gives
 * "", not null, so the runtime refuses it instead of silently offering the task to the whole role.
 */
function assigneeOf(behaviour: any, environment: any, api: any): string | null {
  if (typeof behaviour.assignee !== 'string' || !behaviour.assignee.trim()) return null;
  const value = resolveValue(behaviour.assignee, environment, api);
  return value === null || value === undefined ? '' : String(value).trim();
}

function groupsOf(behaviour: any, environment: any, api: any): string[] {
  const expression = candidateGroupsExpressionOf(behaviour);
  return expression ? splitGroups(resolveValue(expression, environment, api)) : candidateGroupsOf(behaviour);
}
