export * from './auth-user';
export * from './decorators';
export * from './users.service';
export * from './organisation/organisation.service';
export * from './organisation/organisation.views';
export * from './auth.module';
export * from './sign-in-limits';
