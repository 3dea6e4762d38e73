import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import { DomainError, fieldProblems, VALIDATION_OPTIONS } from '@ap/common';
import { AppConfig } from '../config/app-config';
import { openApiDocument } from '../openapi/openapi-document';
import { serveWebApp } from '../web/serve-web-app';
import { refuseHostileInput } from './hostile-input';
import { noStoreForApi, securityHeaders } from './security-headers';

/** What every instance of the HTTP app gets, in production and in tests alike. */
export function configureApp(app: INestApplication, config: Pick<AppConfig, 'webDir'>): INestApplication {
  app.setGlobalPrefix('api');
  (app as NestExpressApplication).disable('x-powered-by');
  app.use(securityHeaders);
  app.use(noStoreForApi);
  // A process model is sent whole as JSON; a large one (MAX_MODEL_CHARS) is well over express's 100 kB default.
  (app as NestExpressApplication).useBodyParser('json', { limit: '5mb' });
  // Nest turns the parser's SyntaxError into an English 400 before any filter sees it; passed on as what
  // it is, the error filter answers it in Dutch (see BODY_ERRORS).
  app.use((err: { type?: string } | undefined, _req: unknown, _res: unknown, next: (err?: unknown) => void) =>
    next(err?.type === 'entity.parse.failed' ? Object.assign(new Error('invalid JSON body'), { type: err.type }) : err),
  );
  app.use(refuseHostileInput);
  app.enableShutdownHooks();
  // The web app's first load and the API's lists and files shrink about fivefold; case workers are often on a slow network.
  app.use(compression());
  app.useGlobalPipes(
    new ValidationPipe({
      ...VALIDATION_OPTIONS,
      transform: true,
      exceptionFactory: (errors) => new DomainError('invalid', 'Ongeldige invoer', fieldProblems(errors)),
    }),
  );
  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/openapi.json' });
  serveWebApp(app, config.webDir);
  return app;
}
