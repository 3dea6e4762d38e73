import { Logger } from '@nestjs/common';
import { migrate } from '@ap/persistence';
import { AppConfig } from '../config/app-config';
import { seedDemo } from '../seed/seed-demo';

/** Before any service process serves: the schema's migrations and, if asked, the demo users. */
export async function prepareDatabase(config: AppConfig, databaseUrl: string): Promise<void> {
  const applied = await migrate(databaseUrl);
  if (applied.length) new Logger('Main').log(`Migrations applied: ${applied.join(', ')}`);
  if (config.seedDemo) await seedDemo(databaseUrl);
}
