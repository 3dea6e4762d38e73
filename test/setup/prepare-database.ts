import { migrate } from '@ap/persistence';
import { seedDemo } from '../../apps/api/src/seed/seed-demo';

/** Migrates the test database and creates the demo users the suites sign in as. */
async function prepare(): Promise<void> {
  const url = process.env.TEST_DB_URL!;
  await migrate(url);
  await seedDemo(url);
}

prepare().catch((err) => {
  console.error(err);
  process.exit(1);
});
