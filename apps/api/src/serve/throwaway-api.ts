import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { migrate, startEmbeddedPostgres } from '@ap/persistence';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { configureApp } from '../http/configure-app';

/**
 * Runs `use` on an instance of the API on a fresh embedded database, for the generators of what is
 * derived from the running service (the web client's types, the model catalog and its README tables).
 */
export async function withThrowawayApi<T>(use: (app: INestApplication) => Promise<T>): Promise<T> {
  const database = await startEmbeddedPostgres();
  try {
    await migrate(database.url);
    const config = { ...loadConfig({ ...process.env, JWT_SECRET: 'throwaway', TIMER_POLL_MS: '0' }), databaseUrl: database.url, databasePoolSize: 1, mail: null };
    const app = configureApp(await NestFactory.create(AppModule.forRoot(config), { logger: ['error'] }), config);
    await app.init();
    try {
      return await use(app);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}
