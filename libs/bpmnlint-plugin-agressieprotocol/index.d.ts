/** A value an input may take, with the name a policy owner reads. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * One input parameter a service task, a form or a called process reads: how it is checked in the model
 * and at run time, and how the modeller offers it.
 */
export interface InputSpec {
  name: string;
  /** Dutch, as the modeller shows it. */
  label: string;
  description?: string;
  required: boolean;
  /** text: anything; duration: ISO 8601 (P6M); choice: one of `choices`; choices: a comma-separated list of them; pattern: matches `pattern`. */
  kind: 'text' | 'duration' | 'choice' | 'choices' | 'pattern';
  choices?: Choice[];
  pattern?: string;
  example?: string;
}

export interface TopicSpec {
  topic: string;
  title: string;
  description: string;
  /** The kind of case the service task serves: incident, home-visit. */
  subject: string;
  inputs: InputSpec[];
  /** The variables the service task sets. */
  sets: { name: string; description: string }[];
}

export interface FormSpec {
  key: string;
  title: string;
  subject: string;
  inputs: InputSpec[];
}

export interface ProcessSpec {
  key: string;
  name: string;
  /** What a call activity passes to it, read from the inputs of its own steps. */
  inputs: InputSpec[];
  /** The cases that start it (start-rules.js): each rule maps a start variable to the values it takes. */
  starts: Record<string, string[]>[];
}

/** A variable a start rule may name (start-rules.js), with the values it takes. */
export interface StartVariable {
  name: string;
  label: string;
  choices: Choice[];
}

/** Everything a model may name, generated from the service's declarations. */
export interface Catalog {
  roles: Choice[];
  topics: TopicSpec[];
  forms: FormSpec[];
  processes: ProcessSpec[];
  /** What a new case carries that decides which process it starts. */
  startVariables: StartVariable[];
}

declare const plugin: { configs: Record<string, { rules: Record<string, string> }> };
export default plugin;
