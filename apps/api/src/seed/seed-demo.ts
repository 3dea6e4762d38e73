import { Logger } from '@nestjs/common';
import { UsersService } from '@ap/auth';
import { createDataSource, Database } from '@ap/persistence';
import { DEMO_USERS } from './demo-users';

/**
 * Idempotent: creates the demo users that do not exist yet. On a connection of its own, before any
 * service process serves, so no process signs anyone in before the users exist.
 */
export async function seedDemo(databaseUrl: string): Promise<void> {
  const dataSource = await createDataSource({ url: databaseUrl, poolSize: 1 }).initialize();
  try {
    const db = new Database(dataSource);
    const users = new UsersService(db);
    const created = await db.transaction(async (uow) => {
      let count = 0;
      for (const user of DEMO_USERS) if (await users.ensure(uow, user)) count++;
      return count;
    });
    new Logger('Seed').log(`Demo users: ${created} created, ${DEMO_USERS.length - created} already present`);
  } finally {
    await dataSource.destroy();
  }
}
