import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '@ap/common';
import { Database } from '@ap/persistence';
import { LetterTemplatesController } from './library/letter-templates.controller';
import { LibrarySources } from './library/library-sources';
import { TemplateLibrary } from './library/template-library';
import { TemplatePreview } from './library/template-preview';
import { TemplatePublishing } from './library/template-publishing';
import { LetterAccess } from './letters/letter-access';
import { LettersController } from './letters/letters.controller';
import { LettersService } from './letters/letters.service';
import { LETTER_PDF_OPTIONS, LetterPdfs } from './pdf/letter-pdfs';
import { PdfConverter } from './pdf/pdf-converter';
import { TemplateFiles } from './templates/template-files';
import { TemplateVersions } from './templates/template-versions';
import { LetterVerification } from './verification/letter-verification';

export interface LettersOptions {
  templatesDir: string;
  /** How often a service process makes the PDFs of newly signed letters; 0: never (tests make them themselves). */
  pdfPollMs: number;
}

@Module({})
export class LettersModule {
  static forRoot({ templatesDir, pdfPollMs }: LettersOptions): DynamicModule {
    return {
      module: LettersModule,
      global: true,
      controllers: [LettersController, LetterTemplatesController],
      providers: [
        TemplateVersions,
        {
          provide: TemplateFiles,
          // The files are stored and published before any letter is drafted from them.
          useFactory: async (db: Database, versions: TemplateVersions, clock: Clock) => {
            const files = new TemplateFiles(templatesDir, db, versions, clock);
            await files.load();
            return files;
          },
          inject: [Database, TemplateVersions, Clock],
        },
        LibrarySources,
        TemplateLibrary,
        TemplatePublishing,
        TemplatePreview,
        PdfConverter,
        { provide: LETTER_PDF_OPTIONS, useValue: { pollMs: pdfPollMs } },
        LetterPdfs,
        LettersService,
        LetterAccess,
        LetterVerification,
      ],
      exports: [LettersService, TemplateFiles, TemplateVersions, LibrarySources, PdfConverter, LetterPdfs],
    };
  }
}
