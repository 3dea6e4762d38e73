import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Clock, SystemClock } from '@ap/common';
import { AuthModule } from '@ap/auth';
import { LettersModule } from '@ap/letters';
import { PersistenceModule } from '@ap/persistence';
import { ProtocolModule } from '@ap/protocol';
import { WorkflowRuntimeModule } from '@ap/workflow-runtime';
import { AppConfig } from './config/app-config';
import { HealthController } from './http/health.controller';
import { HttpErrorFilter } from './http/http-error.filter';
import { PublicSettings, publicSettings, SettingsController } from './http/settings.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PersistenceModule.forRoot({ url: config.databaseUrl, poolSize: config.databasePoolSize }),
        AuthModule.forRoot({ jwtSecret: config.jwtSecret, tokenLifetime: config.tokenLifetime, signInLimits: config.signInLimits, access: config.access }),
        WorkflowRuntimeModule.forRoot({ processesDir: config.processesDir, timerPollMs: config.timerPollMs }),
        LettersModule.forRoot({ templatesDir: config.letterTemplatesDir, pdfPollMs: config.letterPdfPollMs }),
        ProtocolModule.forRoot({ municipality: config.municipality, mail: config.mail, privacy: config.privacy }),
        ClockModule,
      ],
      controllers: [HealthController, SettingsController],
      providers: [
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: PublicSettings, useValue: publicSettings(config) },
      ],
    };
  }
}

/** The product's clock; tests replace it to move time instead of sleeping. */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
class ClockModule {}
