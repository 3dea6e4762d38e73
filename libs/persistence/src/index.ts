export * from './entities';
export * from './unit-of-work';
export * from './database';
export * from './data-source';
export * from './persistence.module';
export * from './embedded/embedded-postgres';
export * from './errors';
/** Find operators for the repositories the unit of work hands out, so no other library imports TypeORM. */
export { In, IsNull, LessThan } from 'typeorm';
