import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { migrate, startEmbeddedPostgres } from '@ap/persistence';
import { AppModule } from './app.module';
import { loadConfig } from './config/app-config';
import { configureApp } from './http/configure-app';
import { seedDemo } from './seed/seed-demo';

/** Starts the service: database (embedded unless DATABASE_URL), migrations, optional demo data, HTTP. */
async function main(): Promise<void> {
  const logger = new Logger('Main');
  const config = loadConfig();
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres(`${config.dataDir}/pglite`);
    databaseUrl = embedded.url;
    logger.log(`Embedded database in ${config.dataDir}/pglite`);
  }
  const applied = await migrate(databaseUrl);
  if (applied.length) logger.log(`Migrations applied: ${applied.join(', ')}`);

  const app = configureApp(await NestFactory.create(AppModule.forRoot({ ...config, databaseUrl })));
  await app.init();
  if (config.seedDemo) await seedDemo(app);
  await app.listen(config.port);
  logger.log(`Serving on http://localhost:${config.port}/api (API docs: /api/docs)`);
}

main().catch((err) => {
  // A broken model or template must stop the start-up with its message, not a stack of framework frames.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
