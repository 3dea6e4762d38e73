import { DynamicModule, Module, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ModelCatalog } from './declarations/model-catalog';
import { StartVariables } from './declarations/start-variables';
import { ServiceTopicDiscovery } from './declarations/service-topic';
import { DefinitionStore } from './deployment/definition-store';
import { FileModels } from './deployment/file-models';
import { ModelChecks } from './deployment/model-checks';
import { ModelDeployment } from './deployment/model-deployment';
import { ModelsController } from './deployment/models.controller';
import { confirmationForm } from './forms/confirmation.form';
import { FormRegistry } from './forms/form-registry';
import { WorkflowHooks } from './hooks/workflow-hooks';
import { CallActivitySync } from './instances/call-activity-sync';
import { InstanceRetry } from './instances/instance-retry';
import { InstanceRunner } from './instances/instance-runner';
import { InstancesController } from './instances/instances.controller';
import { WorkflowServices } from './run-scope';
import { TaskCompletions } from './tasks/task-completions';
import { TaskService } from './tasks/task-service';
import { TaskSubjects } from './tasks/task-subjects';
import { TaskSync } from './tasks/task-sync';
import { TasksController } from './tasks/tasks.controller';
import { TimerFiring } from './timers/timer-firing';
import { TimerScheduler } from './timers/timer-scheduler';
import { TimerSync } from './timers/timer-sync';
import { WORKFLOW_OPTIONS, WorkflowOptions } from './workflow-options';

/**
 * The workflow runtime: deploys the models, persists instances and tasks, runs service tasks that the
 * domains register. Domains fill WorkflowServices, FormRegistry and WorkflowHooks in their onModuleInit;
 * deployment runs after that, so a model naming an unknown service or form stops the start-up.
 */
@Module({})
export class WorkflowRuntimeModule implements OnApplicationBootstrap {
  static forRoot(options: WorkflowOptions): DynamicModule {
    return {
      module: WorkflowRuntimeModule,
      global: true,
      imports: [DiscoveryModule],
      controllers: [TasksController, InstancesController, ModelsController],
      providers: [
        { provide: WORKFLOW_OPTIONS, useValue: options },
        { provide: WorkflowServices, useValue: new WorkflowServices() },
        { provide: FormRegistry, useFactory: () => withDefaults(new FormRegistry()) },
        { provide: WorkflowHooks, useValue: new WorkflowHooks() },
        { provide: TaskSubjects, useValue: new TaskSubjects() },
        ServiceTopicDiscovery,
        ModelCatalog,
        StartVariables,
        DefinitionStore,
        ModelChecks,
        FileModels,
        ModelDeployment,
        TaskSync,
        TimerSync,
        CallActivitySync,
        InstanceRunner,
        InstanceRetry,
        TaskCompletions,
        TaskService,
        TimerFiring,
        TimerScheduler,
      ],
      exports: [WorkflowServices, FormRegistry, StartVariables, WorkflowHooks, TaskSubjects, TaskSync, DefinitionStore, FileModels, ModelDeployment, ModelCatalog, InstanceRunner, TaskCompletions, TaskService, TimerScheduler],
    };
  }

  constructor(private readonly files: FileModels) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.files.deployAll();
  }
}

function withDefaults(forms: FormRegistry): FormRegistry {
  forms.register(confirmationForm);
  return forms;
}
