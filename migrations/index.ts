import { InitialSchema1795000000000 } from './1795000000000-initial-schema';

/** Every migration, in order. TypeORM runs those not yet recorded in its migrations table. */
export const migrations = [InitialSchema1795000000000];
