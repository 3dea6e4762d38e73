import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@ap/common';
import { Database } from '@ap/persistence';
import { exampleLetterData } from '../data/letter-data';
import { checkTemplate } from './checks/template-check';
import { describeTemplateProblem, TemplateProblem } from './checks/template-problem';
import { LetterCatalogue, loadCatalogue } from './letter-catalogue';
import { sha256, TemplateVersions } from './template-versions';

/** A set of data a template is test-rendered and previewed with. */
export interface SampleSet {
  name: string;
  data: Record<string, unknown>;
}

/** A file in letter-templates/ that failed the checks while its letter runs on a stored version. */
export interface RefusedTemplateFile {
  file: string;
  code: string;
  problems: TemplateProblem[];
}

const EXAMPLES: SampleSet = { name: 'voorbeeldwaarden', data: exampleLetterData() as unknown as Record<string, unknown> };

/**
 * The letter templates in letter-templates/ at start-up, with the catalogue (letters.json) and the sample
 * data beside them. The database holds the versions: a file whose content is already stored changes
 * nothing (so it never replaces a version legal staff published from the browser), and a changed file
 * becomes a new version published "from file". A changed file that fails the checks is refused and
 * reported while its letter keeps its published version; only a letter with no valid version at all, or
 * a catalogue that does not fit the templates, stops the start-up.
 */
@Injectable()
export class TemplateFiles {
  private readonly logger = new Logger(TemplateFiles.name);
  private refused: RefusedTemplateFile[] = [];
  private codeList: string[] = [];
  private samplesByCode = new Map<string, SampleSet[]>();
  catalogue: LetterCatalogue = { requiredFields: [], objectionClause: { description: '', phrases: [] }, letters: new Map() };

  constructor(
    private readonly dir: string,
    private readonly db: Database,
    private readonly versions: TemplateVersions,
    private readonly clock: Clock,
  ) {}

  /** Every letter code, in the catalogue's order. */
  codes(): readonly string[] {
    return this.codeList;
  }

  /** The files refused at the last start-up. */
  refusedFiles(): readonly RefusedTemplateFile[] {
    return this.refused;
  }

  /** The sample sets of a letter: every field's example value, and the letter's own `<CODE>.sample*.json` files. */
  samples(code: string): SampleSet[] {
    return [EXAMPLES, ...(this.samplesByCode.get(code) ?? [])];
  }

  async load(): Promise<void> {
    const names = (await readdir(this.dir)).sort();
    const files = names.filter((f) => f.toLowerCase().endsWith('.docx') && !f.startsWith('~$'));
    this.codeList = files.map((f) => basename(f, '.docx'));
    const problems: string[] = [];
    const { catalogue, problems: catalogueProblems } = await loadCatalogue(this.dir, new Set(this.codeList));
    this.catalogue = catalogue;
    // In the catalogue's order (the protocol's chapters), which legal staff read the letters in.
    const order = [...catalogue.letters.keys()];
    const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
    this.codeList.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    problems.push(...catalogueProblems);
    problems.push(...(await this.loadSamples(names)));

    const checked = await Promise.all(
      files.map(async (file) => {
        const docx = await readFile(join(this.dir, file));
        const code = basename(file, '.docx');
        return { file, code, docx, problems: checkTemplate(code, docx, catalogue).problems };
      }),
    );
    await this.db.transaction(async (uow) => {
      // Several service processes may start at once, and legal staff may publish meanwhile: one at a time.
      await uow.query('SELECT pg_advisory_xact_lock(7140024)');
      this.refused = [];
      for (const { file, code, docx, problems: fileProblems } of checked) {
        if (await uow.letterTemplateVersions.existsBy({ code, sha256: sha256(docx) })) continue;
        if (fileProblems.length) {
          const published = await this.versions.newestPublication(uow, code);
          if (published) {
            this.refused.push({ file, code, problems: fileProblems });
            this.logger.warn(`${file} is refused; letter ${code} keeps published version ${published.number}:\n- ${fileProblems.map(describeTemplateProblem).join('\n- ')}`);
          } else problems.push(...fileProblems.map((p) => `${file}: ${describeTemplateProblem(p)}`));
          continue;
        }
        const at = this.clock.now();
        const hash = await this.versions.store(uow, { code, docx, at, sourceFile: file });
        const publication = await this.versions.publish(uow, { code, sha256: hash, at, sourceFile: file });
        this.logger.log(`Published ${code} version ${publication.number} from ${file}`);
      }
      if (problems.length) throw new Error(`Cannot load the letter templates in ${this.dir}:\n- ${problems.join('\n- ')}`);
    });
  }

  private async loadSamples(names: string[]): Promise<string[]> {
    const problems: string[] = [];
    this.samplesByCode = new Map();
    for (const name of names) {
      const code = /^(.+?)\.sample(\..+)?\.json$/.exec(name)?.[1];
      if (!code) continue;
      if (!this.codeList.includes(code)) {
        problems.push(`${name}: er is geen briefsjabloon ${code}`);
        continue;
      }
      try {
        const data = JSON.parse(await readFile(join(this.dir, name), 'utf8'));
        this.samplesByCode.set(code, [...(this.samplesByCode.get(code) ?? []), { name, data }]);
      } catch (err) {
        problems.push(`${name}: ${(err as Error).message}`);
      }
    }
    return problems;
  }
}
