import { UnitOfWork } from '@ap/persistence';

/** What a task is about, as a task list names it: an incident, a home visit. Filled in by the domains. */
export interface TaskSubject {
  /** The kind of case, e.g. `incident`, `home-visit`. */
  kind: string;
  /** The case's own id, for a link to it. */
  id: string;
  /** One line that names the case, e.g. "AG-2026-00012 · J. de Vries". */
  title: string;
  /**
   * The line for those who see a task of the case that the model assigned to someone else: nothing
   * about the people involved, e.g. "AG-2026-00012".
   */
  restrictedTitle: string;
}

/** A domain that knows what some business keys stand for. */
export interface TaskSubjectSource {
  describe(uow: UnitOfWork, businessKeys: string[]): Promise<Map<string, TaskSubject>>;
}

export class TaskSubjects {
  private readonly sources: TaskSubjectSource[] = [];

  add(source: TaskSubjectSource): void {
    this.sources.push(source);
  }

  async describe(uow: UnitOfWork, businessKeys: string[]): Promise<Map<string, TaskSubject>> {
    const found = new Map<string, TaskSubject>();
    const keys = [...new Set(businessKeys)];
    for (const source of this.sources) {
      for (const [key, subject] of await source.describe(uow, keys.filter((k) => !found.has(k)))) found.set(key, subject);
    }
    return found;
  }
}
