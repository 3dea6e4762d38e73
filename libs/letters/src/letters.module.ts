import { DynamicModule, Module } from '@nestjs/common';
import { LettersController } from './letters/letters.controller';
import { LettersService } from './letters/letters.service';
import { LetterTemplateStore } from './templates/letter-template-store';

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
        {
          provide: LetterTemplateStore,
          useFactory: async () => {
            const store = new LetterTemplateStore(templatesDir);
            await store.load();
            return store;
          },
        },
        LettersService,
      ],
      exports: [LettersService, LetterTemplateStore],
    };
  }
}
