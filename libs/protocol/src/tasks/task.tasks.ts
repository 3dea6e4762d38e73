import { Injectable } from '@nestjs/common';
import { ServiceInput, ServiceTopic, TaskSync, WorkflowServiceContext } from '@ap/workflow-runtime';
import { textInput } from '../model-input';
import { CLOSE_OPEN_TASKS } from './task.topics';

/** Steps of the models about their own tasks. */
@Injectable()
export class TaskTasks {
  constructor(private readonly tasks: TaskSync) {}

  /**
   * `tasks.close-open` (message): closes the tasks of this instance that are still open, each with the
   * message; whoever held one is told (ClosedTaskHook). Nothing open: nothing happens.
   */
  @ServiceTopic(CLOSE_OPEN_TASKS)
  async closeOpen(input: ServiceInput, { scope }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    await this.tasks.closeOpen(scope.uow, scope.instanceId, textInput(input, 'message'), scope.now);
    return {};
  }
}
