import { INestApplication, ValidationPipe } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import { DomainError, fieldProblems, VALIDATION_OPTIONS } from '@ap/common';
import { AppConfig } from '../config/app-config';
import { openApiDocument } from '../openapi/openapi-document';
import { serveWebApp } from '../web/serve-web-app';

/** What every instance of the HTTP app gets, in production and in tests alike. */
export function configureApp(app: INestApplication, config: Pick<AppConfig, 'webDir'>): INestApplication {
  app.setGlobalPrefix('api');
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
