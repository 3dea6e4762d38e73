export * from './clock';
export * from './domain-error';
export * from '@ap/contracts';
export * from './dutch-dates';
export * from './validation';
export * from './polling-loop';
export * from './form-fields';
export * from './raw-body';
