export * from './entities';
export * from './unit-of-work';
export * from './database';
export * from './data-source';
export * from './persistence.module';
export * from './embedded/embedded-postgres';
export * from './errors';
