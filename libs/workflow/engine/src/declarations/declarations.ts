import type { Choice, InputSpec } from 'bpmnlint-plugin-agressieprotocol';

export type { Catalog, Choice, FormSpec, InputSpec, ProcessSpec, StartVariable, TopicSpec } from 'bpmnlint-plugin-agressieprotocol';
export type { StartRule } from 'bpmnlint-plugin-agressieprotocol/start-rules';
export { matchesStartRule, describeStartRule } from 'bpmnlint-plugin-agressieprotocol/start-rules';

/**
 * An input as a domain declares it. A choice may name a source of choices (`letterCodes`, `roles`)
 * whose values are only known while the service runs; the catalog fills them in.
 */
export type InputDeclaration = Omit<InputSpec, 'choices'> & { choices?: Choice[]; choicesFrom?: string };

/**
 * What a service task is, declared once with its handler: the start-up and deploy checks, the
 * modeller's templates, the README's table and the run-time reading of its inputs all come from it.
 */
export interface TopicDeclaration {
  topic: string;
  /** Dutch, as the modeller's template list shows it. */
  title: string;
  description: string;
  /** The kind of case it serves: incident, home-visit. */
  subject: string;
  inputs: InputDeclaration[];
  /** Variables of the instance it reads besides its inputs, which a calling model may set. */
  reads?: InputDeclaration[];
  /** The variables it sets. */
  sets: { name: string; description: string }[];
}

/** Shorthands for the inputs declarations use most. */
export const input = {
  text: (name: string, label: string, extra: Partial<InputDeclaration> = {}): InputDeclaration => ({ name, label, kind: 'text', required: true, ...extra }),
  duration: (name: string, label: string, extra: Partial<InputDeclaration> = {}): InputDeclaration => ({ name, label, kind: 'duration', required: true, example: 'P6M', ...extra }),
  choice: (name: string, label: string, choicesFrom: string, extra: Partial<InputDeclaration> = {}): InputDeclaration => ({ name, label, kind: 'choice', required: true, choicesFrom, ...extra }),
};
