import { Injectable, Logger } from '@nestjs/common';
import { Clock, DomainError } from '@ap/common';
import { Database, IsNull } from '@ap/persistence';
import { Catalog, DefinitionProblem, ParsedDefinition } from '@ap/workflow-engine';
import { ModelCatalog } from '../declarations/model-catalog';
import { Actor } from '../run-scope';
import { DefinitionStore } from './definition-store';
import { FileModels } from './file-models';
import { ModelChecks } from './model-checks';
import { diffModels } from './model-diff';
import { DeployModelDto, ModelDiffView, ModelDraftView, ModelVersionView, ProcessModelView, SaveDraftDto } from './model-views';

/**
 * What policy owners do with the models from the browser: check a model, keep a draft, deploy it as a new
 * version. New instances start on the newest version; running ones finish on theirs.
 */
@Injectable()
export class ModelDeployment {
  private readonly logger = new Logger(ModelDeployment.name);

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly checks: ModelChecks,
    private readonly store: DefinitionStore,
    private readonly files: FileModels,
    private readonly catalogs: ModelCatalog,
  ) {}

  /** What the models may name now: topics, forms, roles, letter codes and the deployed processes. */
  async catalog(): Promise<Catalog> {
    return this.catalogs.build(await this.store.latestOfEach(null));
  }

  /** Every model with the organisation's version, the teams' variants, and the file refused at start-up, if any. */
  async models(): Promise<ProcessModelView[]> {
    const rows = await this.db.read((uow) =>
      uow.query<{ key: string; name: string; version: number; deployed_at: Date; unit_id: string | null; unit_name: string | null }>(
        `SELECT DISTINCT ON (d.key, d.unit_id) d.key, d.name, d.version, d.deployed_at, d.unit_id, u.name AS unit_name
           FROM process_definitions d LEFT JOIN organisation_units u ON u.id = d.unit_id
          ORDER BY d.key, d.unit_id, d.version DESC`,
      ),
    );
    const refused = new Map(this.files.refusedFiles().map((r) => [r.key, r]));
    return rows
      .filter((r) => !r.unit_id)
      .map((r) => {
        const file = refused.get(r.key);
        const variants = rows
          .filter((v) => v.key === r.key && v.unit_id)
          .map((v) => ({ unitId: v.unit_id!, unitName: v.unit_name!, version: v.version, deployedAt: v.deployed_at }))
          .sort((a, b) => a.unitName.localeCompare(b.unitName, 'nl'));
        return { key: r.key, name: r.name, version: r.version, deployedAt: r.deployed_at, variants, refusedFile: file ? { file: file.file, problems: file.problems } : null };
      });
  }

  async versions(key: string): Promise<ModelVersionView[]> {
    const rows = await this.db.read((uow) =>
      uow.query<VersionRow & { running: string }>(
        `SELECT ${VERSION_COLUMNS},
                (SELECT count(*) FROM process_instances i WHERE i.definition_id = d.id AND i.status <> 'completed') AS running
           FROM process_definitions d LEFT JOIN organisation_units u ON u.id = d.unit_id WHERE d.key = $1 ORDER BY d.version DESC`,
        [key],
      ),
    );
    if (!rows.length) throw new DomainError('not-found', `Procesmodel "${key}" bestaat niet`);
    return rows.map((r) => versionView(r, Number(r.running)));
  }

  async xml(key: string, version: number): Promise<string> {
    const row = await this.db.read((uow) => uow.definitions.findOne({ where: { key, version }, select: { xml: true } }));
    if (!row) throw new DomainError('not-found', `Procesmodel "${key}" heeft geen versie ${version}`);
    return row.xml;
  }

  /** What changed from version `a` to version `b` of `key`, in whichever order they are asked: older to newer. */
  async diff(key: string, a: number, b: number): Promise<ModelDiffView> {
    const [from, to] = a <= b ? [a, b] : [b, a];
    const diff = await diffModels(await this.xml(key, from), await this.xml(key, to));
    return { from, to, ...diff };
  }

  /** Every problem that would refuse `xml` as a version of `key`, without changing anything. */
  async check(key: string, xml: string): Promise<DefinitionProblem[]> {
    return (await this.checked(key, xml, await this.store.latestOfEach(null))).problems;
  }

  /**
   * Deploys `xml` as the next version of `key`, for the whole organisation or as one team's variant
   * (`dto.unitId`). Refused with every problem (422) and nothing changed when it fails a check, and with a
   * 409 when someone deployed another version of the same line (the organisation's or that team's) since
   * `baseVersion`. Version numbers run on over all lines of a model, so a number names one version.
   */
  async deploy(key: string, dto: DeployModelDto, actor: Actor & { id: string }): Promise<ModelVersionView> {
    assertModelKey(key);
    const unitId = dto.unitId ?? null;
    const row = await this.db.transaction(async (uow) => {
      await uow.query('SELECT pg_advisory_xact_lock(7140022)');
      const unit = unitId ? await uow.units.findOneBy({ id: unitId }) : null;
      if (unitId && !unit) throw new DomainError('invalid', 'Ongeldige invoer', [{ field: 'unitId', problems: ['Dit team bestaat niet (meer).'] }]);
      const [{ newest }] = await uow.query<{ newest: number | null }>('SELECT max(version) AS newest FROM process_definitions WHERE key = $1', [key]);
      if (unit && newest === null) {
        throw new DomainError('unprocessable', `Een variant voor team "${unit.name}" is een variant van een model van de organisatie; "${key}" is nog niet in gebruik. Neem het eerst voor de hele organisatie in gebruik.`);
      }
      const { definition, problems } = await this.checked(key, dto.xml, await this.store.latestOfEach(unitId, uow));
      if (!definition) throw new DomainError('unprocessable', `Het model is niet in gebruik genomen: ${problemCount(problems)}`, { problems });
      const base = dto.baseVersion ?? null;
      if (base !== null && (newest === null || base > newest)) {
        throw new DomainError('conflict', newest === null ? `Procesmodel "${key}" bestaat nog niet; laat de basisversie leeg.` : `Procesmodel "${key}" heeft geen versie ${base}.`, { latestVersion: newest });
      }
      const line = await uow.definitions.findOne({ where: { key, unitId: unitId ?? IsNull() }, order: { version: 'DESC' }, select: { version: true, deployedByName: true, sourceFile: true } });
      if (line && line.version > (base ?? 0)) {
        throw new DomainError(
          'conflict',
          `Intussen is versie ${line.version} van "${key}"${unit ? ` voor team "${unit.name}"` : ''} in gebruik genomen (${line.deployedByName ?? `uit ${line.sourceFile}`}). Open die versie en breng uw wijzigingen daarin aan; uw concept blijft bewaard.`,
          { latestVersion: line.version },
        );
      }
      const saved = await uow.definitions.save(
        uow.definitions.create({
          key,
          version: (newest ?? 0) + 1,
          hash: definition.hash,
          name: definition.name,
          xml: definition.xml,
          deployedAt: this.clock.now(),
          sourceFile: null,
          deployedBy: actor.id,
          deployedByName: actor.name,
          comment: dto.comment.trim(),
          unitId,
        }),
      );
      await uow.drafts.delete({ key, userId: actor.id });
      this.store.remember({ ...definition, id: saved.id, version: saved.version });
      return { saved, unitName: unit?.name ?? null };
    });
    this.logger.log(`${actor.name} deployed ${key} version ${row.saved.version}${row.unitName ? ` for team "${row.unitName}"` : ''}`);
    const { saved, unitName } = row;
    return versionView({ version: saved.version, name: saved.name, deployed_at: saved.deployedAt, source_file: null, deployed_by_name: saved.deployedByName, comment: saved.comment, unit_id: unitId, unit_name: unitName }, 0);
  }

  async saveDraft(key: string, dto: SaveDraftDto, userId: string): Promise<ModelDraftView> {
    assertModelKey(key);
    const draft = { key, userId, xml: dto.xml, baseVersion: dto.baseVersion ?? null, unitId: dto.unitId ?? null, savedAt: this.clock.now() };
    await this.db.transaction(async (uow) => {
      if (draft.unitId && !(await uow.units.existsBy({ id: draft.unitId }))) throw new DomainError('invalid', 'Ongeldige invoer', [{ field: 'unitId', problems: ['Dit team bestaat niet (meer).'] }]);
      await uow.drafts.upsert(draft, ['key', 'userId']);
    });
    return { key, xml: draft.xml, baseVersion: draft.baseVersion, unitId: draft.unitId, savedAt: draft.savedAt };
  }

  async draft(key: string, userId: string): Promise<ModelDraftView> {
    const draft = await this.db.read((uow) => uow.drafts.findOneBy({ key, userId }));
    if (!draft) throw new DomainError('not-found', `U heeft geen concept van "${key}"`);
    return { key, xml: draft.xml, baseVersion: draft.baseVersion, unitId: draft.unitId, savedAt: draft.savedAt };
  }

  async discardDraft(key: string, userId: string): Promise<void> {
    await this.db.transaction((uow) => uow.drafts.delete({ key, userId }));
  }

  private async checked(key: string, xml: string, deployed: ParsedDefinition[]): Promise<{ definition: ParsedDefinition | null; problems: DefinitionProblem[] }> {
    const result = await this.checks.check(`${key}.bpmn`, xml, deployed);
    const foundKey = result.definition?.key ?? (result.definition ? null : result.key);
    if (foundKey && foundKey !== key) {
      return { definition: null, problems: [{ elementId: foundKey, message: `Het proces-id is "${foundKey}"; een versie van "${key}" moet proces-id "${key}" hebben.` }, ...result.problems] };
    }
    return result;
  }
}

interface VersionRow {
  version: number;
  name: string;
  deployed_at: Date;
  source_file: string | null;
  deployed_by_name: string | null;
  comment: string | null;
  unit_id: string | null;
  unit_name: string | null;
}

const VERSION_COLUMNS = 'd.version, d.name, d.deployed_at, d.source_file, d.deployed_by_name, d.comment, d.unit_id, u.name AS unit_name';

function versionView(r: VersionRow, runningInstances: number): ModelVersionView {
  return {
    version: r.version,
    name: r.name,
    deployedAt: r.deployed_at,
    sourceFile: r.source_file,
    deployedByName: r.deployed_by_name,
    comment: r.comment,
    runningInstances,
    unitId: r.unit_id,
    unitName: r.unit_name,
  };
}

/** A model's key is its process id: a BPMN id (an XML name) that also serves as a file name. */
function assertModelKey(key: string): void {
  if (!/^[A-Za-z_][\w.-]{0,99}$/.test(key)) {
    throw new DomainError('invalid', 'Ongeldige invoer', [{ field: 'key', problems: ['Een model-id begint met een letter en bevat alleen letters, cijfers, punten, streepjes en liggende streepjes (hoogstens 100).'] }]);
  }
}

function problemCount(problems: DefinitionProblem[]): string {
  return problems.length === 1 ? '1 probleem' : `${problems.length} problemen`;
}

