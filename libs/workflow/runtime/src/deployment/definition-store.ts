import { Injectable } from '@nestjs/common';
import { DomainError } from '@ap/common';
import { Database, UnitOfWork } from '@ap/persistence';
import { OpeningTask, parseDefinition, ParsedDefinition, tasksOpeningAtStart } from '@ap/workflow-engine';

/** The versions a team's instances may start on: its own variant's and the organisation's (a null team: only those). */
const forUnit = (param: string) => `(unit_id IS NULL OR unit_id = ${param})`;
/** Its own variant's before the organisation's, newest first. */
const LINE_ORDER = '(unit_id IS NULL), version DESC';

export interface DeployedDefinition extends ParsedDefinition {
  id: string;
  version: number;
}

/**
 * Hands out the deployed versions of the models. The database is the record: the newest version of a model
 * is read from it at each start, so every service process starts new instances on a version deployed by
 * any other one, without a restart. A version never changes, so its parsed form is kept once read.
 */
export interface NewestModels {
  definitions: DeployedDefinition[];
  keys: Set<string>;
  tasksOpeningAtStart(key: string, variables: Record<string, unknown>): Promise<OpeningTask[]>;
}

@Injectable()
export class DefinitionStore {
  private readonly byId = new Map<string, Promise<DeployedDefinition>>();

  constructor(private readonly db: Database) {}

  /**
   * The version new instances of `key` start on: for a team (`unitId`), the newest version of its variant
   * where it has one, else the organisation's newest.
   */
  async latest(key: string, unitId: string | null, uow?: UnitOfWork): Promise<DeployedDefinition> {
    const [row] = await this.reading(uow, (u) =>
      u.query<{ id: string }>(`SELECT id FROM process_definitions WHERE key = $1 AND ${forUnit('$2')} ORDER BY ${LINE_ORDER} LIMIT 1`, [key, unitId]),
    );
    if (!row) throw new DomainError('unprocessable', `Er is geen procesmodel "${key}" in gebruik`);
    return this.get(row.id, uow);
  }

  /**
   * The newest version of every model, read once, for a caller that reads many starts at one moment (the
   * report form) of a team (`unitId`, see latest): the versions, their keys, and the user tasks that certainly open when an
   * instance of `key` starts with these variables, read from the model and, for each call activity, the
   * version the call would start (see tasksOpeningAtStart).
   */
  async newestModels(unitId: string | null): Promise<NewestModels> {
    const organisation = unitId ? new Map((await this.latestOfEach(null)).map((definition) => [definition.key, definition])) : null;
    // A team's variant without start rules (drawn before there were any) starts for what the organisation's model starts.
    const inherited = (definition: DeployedDefinition) =>
      definition.startRules.length || !organisation ? definition : { ...definition, startRules: organisation.get(definition.key)?.startRules ?? [] };
    const newest = new Map((await this.latestOfEach(unitId)).map((definition) => [definition.key, inherited(definition)]));
    const get = async (key: string) => {
      const definition = newest.get(key);
      if (!definition) throw new DomainError('unprocessable', `Er is geen procesmodel "${key}" in gebruik`);
      return definition;
    };
    return { definitions: [...newest.values()], keys: new Set(newest.keys()), tasksOpeningAtStart: async (key, variables) => tasksOpeningAtStart(await get(key), variables, get) };
  }

  /** The keys of every deployed model (a team's variant always has the organisation's model beside it). */
  async keys(uow?: UnitOfWork): Promise<Set<string>> {
    const rows = await this.reading(uow, (u) => u.query<{ key: string }>('SELECT DISTINCT key FROM process_definitions WHERE unit_id IS NULL'));
    return new Set(rows.map((r) => r.key));
  }

  /** The newest version of every model for a team (see latest), or the organisation's: what a model being checked may call. */
  async latestOfEach(unitId: string | null, uow?: UnitOfWork): Promise<DeployedDefinition[]> {
    const rows = await this.reading(uow, (u) =>
      u.query<{ id: string }>(`SELECT DISTINCT ON (key) id FROM process_definitions WHERE ${forUnit('$1')} ORDER BY key, ${LINE_ORDER}`, [unitId]),
    );
    return Promise.all(rows.map((r) => this.get(r.id, uow)));
  }

  async hasProcess(key: string): Promise<boolean> {
    return (await this.keys()).has(key);
  }

  /**
   * A version by id, parsed once from the stored XML when first needed.
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

  /** A version this process just deployed, already parsed. */
  remember(definition: DeployedDefinition): void {
    this.byId.set(definition.id, Promise.resolve(definition));
  }

  private async load(id: string, uow?: UnitOfWork): Promise<DeployedDefinition> {
    const row = await this.reading(uow, (u) => u.definitions.findOneBy({ id }));
    if (!row) throw new DomainError('not-found', `Procesmodel ${id} bestaat niet`);
    return { ...(await parseDefinition(`${row.key} v${row.version}`, row.xml)), id: row.id, version: row.version };
  }

  private reading<T>(uow: UnitOfWork | undefined, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    return uow ? work(uow) : this.db.read(work);
  }
}
