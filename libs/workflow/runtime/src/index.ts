export * from './run-scope';
export * from './workflow-options';
export * from './forms/form-registry';
export * from './hooks/workflow-hooks';
export * from './deployment/definition-store';
export * from './instances/instance-service';
export * from './tasks/task-service';
export * from './workflow-runtime.module';
