import { Variables } from '../types';

/** What a service-task handler gets besides its input parameters. */
export interface ServiceTaskContext<Scope = unknown> {
  elementId: string;
  elementName: string;
  variables: Readonly<Variables>;
  /** Whatever the caller of the run passed along (the runtime passes its transaction and instance). */
  scope: Scope;
}

/** A handler returns the variables it sets on the instance, if any. */
export type ServiceTaskHandler<Scope = unknown> = (
  input: Record<string, unknown>,
  context: ServiceTaskContext<Scope>,
) => Promise<Variables | void>;

/**
 * Service tasks name their implementation by topic (camunda:topic); domains register a handler per topic.
 * The engine knows no domain: it only looks names up here.
 */
export class ServiceTaskRegistry<Scope = unknown> {
  private readonly handlers = new Map<string, ServiceTaskHandler<Scope>>();
  private readonly durations = new Set<string>();

  register(topic: string, handler: ServiceTaskHandler<Scope>): void {
    if (this.handlers.has(topic)) throw new Error(`Service task "${topic}" is registered twice`);
    this.handlers.set(topic, handler);
  }

  get(topic: string): ServiceTaskHandler<Scope> | undefined {
    return this.handlers.get(topic);
  }

  has(topic: string): boolean {
    return this.handlers.has(topic);
  }

  topics(): string[] {
    return [...this.handlers.keys()].sort();
  }

  /**
   * Input parameters with these names take an ISO 8601 duration wherever a model sets them (a service
   * task's, a call's or a user task's), so deployment refuses "6 maanden" instead of a step failing later.
   */
  declareDurationInputs(...names: string[]): void {
    for (const name of names) this.durations.add(name);
  }

  durationInputs(): string[] {
    return [...this.durations].sort();
  }
}
