import { Logger } from '@nestjs/common';
import { UsersService } from '@ap/auth';
import { createDataSource, Database } from '@ap/persistence';
import { DEMO_USERS } from './demo-users';

/**
 * Idempotent: creates the demo teams and users that do not exist yet, each new user in its team (a user
 * who exists keeps the team the admin gave them). On a connection of its own, before any service process
 * serves, so no process signs anyone in before the users exist.
 */
export async function seedDemo(databaseUrl: string): Promise<void> {
  const dataSource = await createDataSource({ url: databaseUrl, poolSize: 1 }).initialize();
  try {
    const db = new Database(dataSource);
    const users = new UsersService(db);
    const created = await db.transaction(async (uow) => {
      const units = new Map<string, string>();
      for (const name of new Set(DEMO_USERS.map((u) => u.unit))) {
        const [existing] = await uow.query<{ id: string }>('SELECT id FROM organisation_units WHERE lower(name) = lower($1)', [name]);
        units.set(name, existing?.id ?? (await uow.units.save(uow.units.create({ name }))).id);
      }
      let count = 0;
      for (const { unit, ...user } of DEMO_USERS) {
        if (!(await users.ensure(uow, user))) continue;
        await uow.users.update({ username: user.username }, { unitId: units.get(unit)! });
        count++;
      }
      return count;
    });
    new Logger('Seed').log(`Demo users: ${created} created, ${DEMO_USERS.length - created} already present`);
  } finally {
    await dataSource.destroy();
  }
}
