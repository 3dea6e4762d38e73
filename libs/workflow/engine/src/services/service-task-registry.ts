import { Choice, InputSpec } from 'bpmnlint-plugin-agressieprotocol';
import { valueProblem } from 'bpmnlint-plugin-agressieprotocol/values';
import { InputDeclaration, TopicDeclaration } from '../declarations/declarations';
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
export type ServiceTaskHandler<Scope = unknown> = (input: Record<string, unknown>, context: ServiceTaskContext<Scope>) => Promise<Variables | void>;

/**
 * Service tasks name their implementation by topic (camunda:topic); domains declare each topic with its
 * handler. The engine knows no domain: it only looks topics up here. The registry checks a handler's
 * inputs against its declaration before calling it, and what it sets after.
 */
export class ServiceTaskRegistry<Scope = unknown> {
  private readonly topics = new Map<string, { declaration: TopicDeclaration; handler: ServiceTaskHandler<Scope> }>();
  private readonly sources = new Map<string, () => Choice[]>();

  register(declaration: TopicDeclaration, handler: ServiceTaskHandler<Scope>): void {
    if (this.topics.has(declaration.topic)) throw new Error(`Service task "${declaration.topic}" is registered twice`);
    this.topics.set(declaration.topic, { declaration, handler });
  }

  /** Where the choices of inputs declared with `choicesFrom: name` come from. */
  addChoices(name: string, choices: () => Choice[]): void {
    this.sources.set(name, choices);
  }

  get(topic: string): ServiceTaskHandler<Scope> | undefined {
    const entry = this.topics.get(topic);
    if (!entry) return undefined;
    const { declaration, handler } = entry;
    return async (input, context) => {
      const problems = this.specs(declaration.inputs)
        .map((spec) => valueProblem(spec, input[spec.name]))
        .filter((p): p is string => !!p);
      if (problems.length) throw new Error(`${declaration.title}: ${problems.join(' ')}`);
      const set = await handler(input, context);
      const undeclared = Object.keys(set ?? {}).filter((name) => !declaration.sets.some((s) => s.name === name));
      if (undeclared.length) throw new Error(`topic "${topic}" set undeclared variables: ${undeclared.join(', ')}`);
      return set;
    };
  }

  has(topic: string): boolean {
    return this.topics.has(topic);
  }

  /** Every declared topic, its choices filled in from their sources. */
  declarations(): TopicDeclaration[] {
    return [...this.topics.values()].map(({ declaration }) => declaration).sort((a, b) => a.topic.localeCompare(b.topic));
  }

  /** Inputs as the checks and the modeller need them: with the choices of their sources. */
  specs(inputs: InputDeclaration[]): InputSpec[] {
    return inputs.map(({ choicesFrom, ...spec }) => {
      if (!choicesFrom) return spec;
      const source = this.sources.get(choicesFrom);
      if (!source) throw new Error(`no choices named "${choicesFrom}" are registered`);
      return { ...spec, choices: source() };
    });
  }
}
