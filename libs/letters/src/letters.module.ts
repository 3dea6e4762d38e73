import { DynamicModule, Module } from '@nestjs/common';
import { LetterAccess } from './letters/letter-access';
import { LettersController } from './letters/letters.controller';
import { LettersService } from './letters/letters.service';
import { LetterTemplateStore } from './templates/letter-template-store';
import { TemplateVersions } from './templates/template-versions';

export interface LettersOptions {
  templatesDir: string;
}

@Module({})
export class LettersModule {
  static forRoot({ templatesDir }: LettersOptions): DynamicModule {
    return {
      module: LettersModule,
      global: true,
      controllers: [LettersController],
      providers: [
        TemplateVersions,
        {
          provide: LetterTemplateStore,
          // The loaded versions are recorded before any letter is drafted from them.
          useFactory: async (versions: TemplateVersions) => {
            const store = new LetterTemplateStore(templatesDir);
            await store.load();
            await versions.record(store.list());
            return store;
          },
          inject: [TemplateVersions],
        },
        LettersService,
        LetterAccess,
      ],
      exports: [LettersService, LetterTemplateStore],
    };
  }
}
