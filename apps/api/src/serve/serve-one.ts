import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { startEmbeddedPostgres } from '@ap/persistence';
import { AppModule } from '../app.module';
import { AppConfig } from '../config/app-config';
import { configureApp } from '../http/configure-app';
import { prepareDatabase } from './prepare-database';

/**
 * One service process: database (embedded unless DATABASE_URL), HTTP. `prepare`: migrate and seed
 * first; the workers of a cluster leave that to their primary.
 */
export async function serveOne(config: AppConfig, { prepare }: { prepare: boolean }): Promise<void> {
  const logger = new Logger('Main');
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres(`${config.dataDir}/pglite`);
    databaseUrl = embedded.url;
    logger.log(`Embedded database in ${config.dataDir}/pglite`);
  }
  if (prepare) await prepareDatabase(config, databaseUrl);

  const app = configureApp(await NestFactory.create(AppModule.forRoot({ ...config, databaseUrl })), config);
  await app.init();
  await app.listen(config.port);
  logger.log(`Serving on http://localhost:${config.port}/api (API docs: /api/docs)`);
}
