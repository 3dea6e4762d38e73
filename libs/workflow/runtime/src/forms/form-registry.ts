import { UnitOfWork, UserTaskEntity } from '@ap/persistence';
import { InputDeclaration } from '@ap/workflow-engine';
import { Actor } from '../run-scope';

export interface FormContext {
  uow: UnitOfWork;
  task: UserTaskEntity;
  actor: Actor;
  now: Date;
}

/**
 * A form a user task can name in camunda:formKey: the class that validates what the user sends
 * (class-validator decorators), the inputs the model gives the task, and what completing it does in the
 * domain before the process moves on.
 */
export interface FormDefinition<T extends object = any> {
  key: string;
  /** Dutch title shown above the form. */
  title: string;
  /** The kind of case its tasks belong to: incident, home-visit, or any. */
  subject: string;
  /** The task's input parameters the form reads (its limits and context), checked in the model. */
  inputs?: InputDeclaration[];
  dto: new () => T;
  complete?(form: T, context: FormContext): Promise<void>;
}

export class FormRegistry {
  private readonly forms = new Map<string, FormDefinition>();

  register(form: FormDefinition): void {
    if (this.forms.has(form.key)) throw new Error(`Form "${form.key}" is registered twice`);
    this.forms.set(form.key, form);
  }

  get(key: string): FormDefinition | undefined {
    return this.forms.get(key);
  }

  keys(): string[] {
    return [...this.forms.keys()].sort();
  }

  all(): FormDefinition[] {
    return [...this.forms.values()].sort((a, b) => a.key.localeCompare(b.key));
  }
}
