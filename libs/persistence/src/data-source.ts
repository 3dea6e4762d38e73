import { types } from 'pg';
import { DataSource, DataSourceOptions as TypeOrmOptions } from 'typeorm';
import { migrations } from '@ap/migrations';
import { entities } from './entities';

// A calendar day stays "2026-10-14"; the driver's default turns it into midnight in the server's time zone.
const DATE_OID = 1082;
types.setTypeParser(DATE_OID, (value) => value);

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
}

/** The one place the database connection is configured; the schema comes only from migrations. */
export function dataSourceOptions({ url, poolSize = 10 }: DataSourceOptions): TypeOrmOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize },
  };
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}

/** Applies pending migrations; safe to call from several processes at once (an advisory lock serialises them). */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = await createDataSource({ url, poolSize: 1 }).initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock(7140021)');
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query('SELECT pg_advisory_unlock(7140021)');
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
