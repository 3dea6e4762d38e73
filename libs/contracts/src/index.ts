export * from './roles';
export * from './access';
export * from './audit-actions';
