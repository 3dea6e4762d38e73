import { INestApplication, ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DomainError, fieldProblems, VALIDATION_OPTIONS } from '@ap/common';

/** What every instance of the HTTP app gets, in production and in tests alike. */
export function configureApp(app: INestApplication): INestApplication {
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  app.useGlobalPipes(
    new ValidationPipe({
      ...VALIDATION_OPTIONS,
      transform: true,
      exceptionFactory: (errors) => new DomainError('invalid', 'Ongeldige invoer', fieldProblems(errors)),
    }),
  );
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Agressieprotocol')
      .setDescription('Meldingen van agressie, de protocollen per kanaal, taken, brieven en het register van toegangsverboden.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  return app;
}
