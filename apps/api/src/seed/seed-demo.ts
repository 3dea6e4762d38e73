import { INestApplication, Logger } from '@nestjs/common';
import { UsersService } from '@ap/auth';
import { Database } from '@ap/persistence';
import { DEMO_USERS } from './demo-users';

/** Idempotent: creates the demo users that do not exist yet. */
export async function seedDemo(app: INestApplication): Promise<void> {
  const users = app.get(UsersService);
  const created = await app.get(Database).transaction(async (uow) => {
    let count = 0;
    for (const user of DEMO_USERS) if (await users.ensure(uow, user)) count++;
    return count;
  });
  new Logger('Seed').log(`Demo users: ${created} created, ${DEMO_USERS.length - created} already present`);
}
