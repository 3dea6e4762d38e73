import { Injectable } from '@nestjs/common';
import merge from 'lodash/merge';
import { DomainError } from '@ap/common';
import { Database } from '@ap/persistence';
import { exampleLetterData, LETTER_FIELDS } from '../data/letter-data';
import { PdfConverter } from '../pdf/pdf-converter';
import { renderDocx } from '../rendering/docx-renderer';
import { LetterRenderError } from '../rendering/letter-render-error';
import { letterText } from '../templates/checks/docx-paragraphs';
import { TemplateFiles } from '../templates/template-files';
import { LibrarySources } from './library-sources';
import { TemplateLibrary } from './template-library';

export interface PreviewSource {
  /** The name of a sample set (see TemplateFiles.samples). */
  sample?: string;
  /** The reference (kenmerk) of a real incident, e.g. AG-2026-00012. */
  incident?: string;
}

export interface RenderedPreview {
  data: string;
  docx: Buffer;
  filledWithExamples: string[];
}

/** The data without its unknown (null) values, so merging it over the examples keeps those. */
function known(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v != null).map(([k, v]) => [k, known(v)]));
}

function valueAt(data: Record<string, any>, tag: string): unknown {
  return tag.split('.').reduce<any>((node, key) => (node == null ? undefined : node[key]), data);
}

/** A stored version, published or not, filled with a sample set or a real incident's data, as text or PDF. */
@Injectable()
export class TemplatePreview {
  constructor(
    private readonly db: Database,
    private readonly files: TemplateFiles,
    private readonly library: TemplateLibrary,
    private readonly sources: LibrarySources,
    private readonly pdf: PdfConverter,
  ) {}

  async render(code: string, sha: string, source: PreviewSource): Promise<RenderedPreview> {
    const template = await this.library.docx(code, sha);
    const { name, data, filled } = await this.data(code, source);
    try {
      return { data: name, docx: renderDocx(code, template, data), filledWithExamples: filled };
    } catch (err) {
      if (err instanceof LetterRenderError) {
        throw new DomainError('unprocessable', `De brief vult niet met ${name}: ${err.missing.length ? `ontbrekende gegevens: ${err.missing.join(', ')}` : err.problems.join('; ')}`);
      }
      throw err;
    }
  }

  async text(code: string, sha: string, source: PreviewSource) {
    const preview = await this.render(code, sha, source);
    return { data: preview.data, paragraphs: letterText(preview.docx), filledWithExamples: preview.filledWithExamples };
  }

  async asPdf(code: string, sha: string, source: PreviewSource): Promise<Buffer> {
    const preview = await this.render(code, sha, source);
    const pdf = await this.pdf.preview(preview.docx);
    if (!pdf) throw new DomainError('unprocessable', 'Deze service kan geen PDF maken: LibreOffice is niet geïnstalleerd. Bekijk het voorbeeld als tekst of als Word-bestand.');
    return pdf;
  }

  private async data(code: string, source: PreviewSource): Promise<{ name: string; data: Record<string, unknown>; filled: string[] }> {
    if (source.incident) {
      const reference = source.incident.trim();
      const real = await this.sources.incident(reference, code, await this.library.signerOf(code));
      // What the incident cannot fill yet (a ban not yet decided, a signer) is shown with its example value.
      // A draft until signed: the signer's name is not shown, so it is not missing.
      const filled = LETTER_FIELDS.filter((f) => !['concept', 'ondertekenaar.naam'].includes(f.tag) && valueAt(real, f.tag) == null).map((f) => f.tag);
      return { name: `incident ${reference}`, data: merge({}, exampleLetterData(), known(real), { concept: true }), filled };
    }
    const name = source.sample ?? 'voorbeeldwaarden';
    const sample = this.files.samples(code).find((s) => s.name === name);
    if (!sample) throw new DomainError('not-found', `Brief ${code} heeft geen voorbeeldgegevens "${name}"`);
    return { name, data: sample.data, filled: [] };
  }
}
