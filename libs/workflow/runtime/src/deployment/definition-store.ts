import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, ROLE_KEYS } from '@ap/common';
import { Database, ProcessDefinitionEntity, UnitOfWork } from '@ap/persistence';
import { DefinitionError, OpeningTask, parseDefinition, ParsedDefinition, ParseOptions, tasksOpeningAtStart } from '@ap/workflow-engine';
import { FormRegistry } from '../forms/form-registry';
import { WorkflowServices } from '../run-scope';
import { WORKFLOW_OPTIONS, WorkflowOptions } from '../workflow-options';

export interface DeployedDefinition extends ParsedDefinition {
  id: string;
  version: number;
}

/**
 * Deploys the models in the processes folder at start-up and hands out definition versions.
 * A version is identified by the file's content: an edited model becomes a new version, and
 * instances keep running on the version they started with.
 */
@Injectable()
export class DefinitionStore {
  private readonly logger = new Logger(DefinitionStore.name);
  private readonly byId = new Map<string, Promise<DeployedDefinition>>();
  private readonly latestByKey = new Map<string, string>();

  constructor(
    @Inject(WORKFLOW_OPTIONS) private readonly options: WorkflowOptions,
    private readonly db: Database,
    private readonly services: WorkflowServices,
    private readonly forms: FormRegistry,
  ) {}

  /** Parses every model first and refuses to start if any is broken, naming each file and problem. */
  async deployAll(): Promise<DeployedDefinition[]> {
    const files = (await readdir(this.options.processesDir)).filter((f) => f.endsWith('.bpmn')).sort();
    const parsed: ParsedDefinition[] = [];
    const problems: string[] = [];
    for (const file of files) {
      try {
        parsed.push(await parseDefinition(file, await readFile(join(this.options.processesDir, file), 'utf8'), this.parseOptions()));
      } catch (err) {
        problems.push(err instanceof DefinitionError ? err.message : `${file}: ${(err as Error).message}`);
      }
    }
    const keys = new Map<string, string>();
    parsed.forEach((p, i) => {
      if (keys.has(p.key)) problems.push(`${files[i]}: process id "${p.key}" is also used by ${keys.get(p.key)}`);
      keys.set(p.key, files[i]);
    });
    parsed.forEach((p, i) => {
      for (const called of p.calledElements) {
        if (!keys.has(called)) problems.push(`${files[i]}: a call activity calls process "${called}", which no file in the folder defines`);
      }
    });
    if (problems.length) throw new Error(`Cannot deploy the process models in ${this.options.processesDir}:\n- ${problems.join('\n- ')}`);

    const deployed = await this.db.transaction(async (uow) => {
      // Several service processes may start at once; one deploys at a time.
      await uow.query('SELECT pg_advisory_xact_lock(7140022)');
      const result: DeployedDefinition[] = [];
      for (const definition of parsed) {
        let row = await uow.definitions.findOneBy({ key: definition.key, hash: definition.hash });
        if (!row) {
          const [{ max }] = await uow.query<{ max: number | null }>('SELECT max(version) AS max FROM process_definitions WHERE key = $1', [definition.key]);
          row = await uow.definitions.save(
            uow.definitions.create({
              key: definition.key,
              version: (max ?? 0) + 1,
              hash: definition.hash,
              name: definition.name,
              xml: definition.xml,
              deployedAt: new Date(),
            }),
          );
          this.logger.log(`Deployed ${definition.key} version ${row.version}`);
        }
        result.push({ ...definition, id: row.id, version: row.version });
      }
      return result;
    });
    for (const definition of deployed) {
      this.byId.set(definition.id, Promise.resolve(definition));
      this.latestByKey.set(definition.key, definition.id);
    }
    return deployed;
  }

  /** The version new instances of `key` start on. */
  async latest(key: string): Promise<DeployedDefinition> {
    const id = this.latestByKey.get(key);
    if (!id) throw new DomainError('unprocessable', `Er is geen procesmodel "${key}" in gebruik`);
    return this.get(id);
  }

  /**
   * The user tasks that certainly open when an instance of `key` starts with these variables, read from
   * the model as deployed: the version new instances get, and for each call activity the version the
   * call would start (see tasksOpeningAtStart).
   */
  async tasksOpeningAtStart(key: string, variables: Record<string, unknown>): Promise<OpeningTask[]> {
    return tasksOpeningAtStart(await this.latest(key), variables, (called) => this.latest(called));
  }

  hasProcess(key: string): boolean {
    return this.latestByKey.has(key);
  }

  /**
   * A version by id; older versions are parsed once from the stored XML when an instance needs them.
   * Reads through the caller's unit of work, so it never waits on a second connection inside a transaction.
   */
  get(id: string, uow?: UnitOfWork): Promise<DeployedDefinition> {
    let definition = this.byId.get(id);
    if (!definition) {
      definition = this.load(id, uow);
      definition.catch(() => this.byId.delete(id));
      this.byId.set(id, definition);
    }
    return definition;
  }

  private async load(id: string, uow?: UnitOfWork): Promise<DeployedDefinition> {
    const row = await (uow ? uow.definitions.findOneBy({ id }) : this.db.read((u) => u.definitions.findOneBy({ id })));
    if (!row) throw new DomainError('not-found', `Procesmodel ${id} bestaat niet`);
    return { ...(await parseDefinition(`${row.key} v${row.version}`, row.xml)), id: row.id, version: row.version };
  }

  listDeployed(): Promise<ProcessDefinitionEntity[]> {
    return this.db.read((uow) => uow.definitions.find({ order: { key: 'ASC', version: 'DESC' }, select: { id: true, key: true, version: true, name: true, hash: true, deployedAt: true } }));
  }

  private parseOptions(): ParseOptions {
    return { knownTopics: this.services.topics(), knownGroups: [...ROLE_KEYS], knownForms: this.forms.keys(), durationInputs: this.services.durationInputs() };
  }
}
