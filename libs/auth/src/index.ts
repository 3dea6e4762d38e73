export * from './auth-user';
export * from './decorators';
export * from './users.service';
export * from './auth.module';
