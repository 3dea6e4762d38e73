export * from './types';
export * from './services/service-task-registry';
export * from './definitions/parsed-definition';
export * from './definitions/parse-definition';
export * from './definitions/opening-tasks';
export * from './runner/runnable-definition';
export * from './runner/process-runner';
export * from './timers/durable-timers';
