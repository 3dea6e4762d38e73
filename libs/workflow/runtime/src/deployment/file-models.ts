import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Database, IsNull } from '@ap/persistence';
import { DefinitionProblem, describeProblem, parseDefinition, ParsedDefinition } from '@ap/workflow-engine';
import { WORKFLOW_OPTIONS, WorkflowOptions } from '../workflow-options';
import { DefinitionStore } from './definition-store';
import { ModelChecks } from './model-checks';

/** A file in processes/ that failed the checks while its model runs on a stored version. */
export interface RefusedFile {
  file: string;
  key: string;
  problems: DefinitionProblem[];
}

/**
 * The models in processes/ at start-up. The database holds the versions: a file whose content is already a
 * stored version changes nothing (so it never replaces a newer version deployed from the browser), and a
 * changed file becomes a new version recorded as from that file. A changed file that fails the checks is
 * refused and reported while its model runs on its stored version; only a model with no valid version at
 * all stops the start-up.
 */
@Injectable()
export class FileModels {
  private readonly logger = new Logger(FileModels.name);
  private refused: RefusedFile[] = [];

  constructor(
    @Inject(WORKFLOW_OPTIONS) private readonly options: WorkflowOptions,
    private readonly db: Database,
    private readonly checks: ModelChecks,
    private readonly store: DefinitionStore,
  ) {}

  /** The files refused at the last start-up. */
  refusedFiles(): readonly RefusedFile[] {
    return this.refused;
  }

  async deployAll(): Promise<void> {
    const dir = this.options.processesDir;
    const files = (await readdir(dir)).filter((f) => f.endsWith('.bpmn')).sort();
    const texts = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
    // What each file's calls are checked against: the files that parse, and the stored models besides.
    const parsed = (await Promise.all(files.map((file, i) => parseDefinition(file, texts[i]).catch(() => null)))).filter((d): d is ParsedDefinition => !!d);
    const stored = await this.store.latestOfEach(null);
    const others = [...stored.filter((s) => !parsed.some((p) => p.key === s.key)), ...parsed];

    const valid = new Map<string, { file: string; definition: ParsedDefinition }>();
    const refused: { file: string; key: string | null; problems: DefinitionProblem[] }[] = [];
    for (const [i, file] of files.entries()) {
      const checked = await this.checks.check(file, texts[i], others);
      if (!checked.definition) refused.push({ file, key: checked.key, problems: checked.problems });
      else if (valid.has(checked.definition.key)) {
        refused.push({ file, key: checked.definition.key, problems: [{ elementId: null, message: `Proces-id "${checked.definition.key}" wordt ook gebruikt door ${valid.get(checked.definition.key)!.file}.` }] });
      } else valid.set(checked.definition.key, { file, definition: checked.definition });
    }

    await this.db.transaction(async (uow) => {
      // Several service processes may start at once, and a policy owner may deploy meanwhile: one at a time.
      await uow.query('SELECT pg_advisory_xact_lock(7140022)');
      const keys = await this.store.keys(uow);
      const fatal: string[] = [];
      this.refused = [];
      for (const { file, key: parsedKey, problems } of refused) {
        const key = parsedKey ?? (await uow.definitions.findOne({ where: { sourceFile: file }, order: { version: 'DESC' }, select: { key: true } }))?.key ?? null;
        if (key && keys.has(key)) {
          this.refused.push({ file, key, problems });
          this.logger.warn(`${file} is refused; model "${key}" runs on its stored version:\n- ${problems.map(describeProblem).join('\n- ')}`);
        } else fatal.push(...problems.map((p) => `${file}: ${describeProblem(p)}`));
      }
      if (fatal.length) throw new Error(`Cannot deploy the process models in ${dir}:\n- ${fatal.join('\n- ')}`);

      for (const [key, { file, definition }] of valid) {
        // The files hold the organisation's protocol; a team's variant with the same content is another line.
        if (await uow.definitions.existsBy({ key, hash: definition.hash, unitId: IsNull() })) continue;
        const [{ max }] = await uow.query<{ max: number | null }>('SELECT max(version) AS max FROM process_definitions WHERE key = $1', [key]);
        const row = await uow.definitions.save(
          uow.definitions.create({ key, version: (max ?? 0) + 1, hash: definition.hash, name: definition.name, xml: definition.xml, deployedAt: new Date(), sourceFile: file, deployedBy: null, deployedByName: null, comment: null }),
        );
        this.store.remember({ ...definition, id: row.id, version: row.version });
        this.logger.log(`Deployed ${key} version ${row.version} from ${file}`);
      }
    });
  }
}
