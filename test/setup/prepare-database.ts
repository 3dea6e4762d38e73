import { UsersService } from '@ap/auth';
import { createDataSource, Database, migrate } from '@ap/persistence';
import { DEMO_USERS } from '../../apps/api/src/seed/demo-users';

/** Migrates the test database and creates the demo users the suites sign in as. */
async function prepare(): Promise<void> {
  const url = process.env.TEST_DB_URL!;
  await migrate(url);
  const dataSource = await createDataSource({ url, poolSize: 1 }).initialize();
  const users = new UsersService(new Database(dataSource));
  await new Database(dataSource).transaction(async (uow) => {
    for (const user of DEMO_USERS) await users.ensure(uow, user);
  });
  await dataSource.destroy();
}

prepare().catch((err) => {
  console.error(err);
  process.exit(1);
});
