import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { withErrorResponses } from './error-responses';

/** The API's OpenAPI document, with every operation's error responses, which the web app's client types are generated from. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return withErrorResponses(
    SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Agressieprotocol')
      .setDescription('Meldingen van agressie, de protocollen per kanaal, taken, brieven en het register van toegangsverboden.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
    ),
  );
}
