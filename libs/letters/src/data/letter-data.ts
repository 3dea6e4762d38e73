import { LETTER_DATA } from './letter-data.definition';

type Field = { kind: 'text' | 'flag'; optional: boolean };
type Optional = { optional: true };
type Value<F> = F extends { kind: 'flag' } ? boolean : string | null;
type Shape<N> = N extends Field ? Value<N> : N extends { group: infer G } ? Data<G> : Data<N>;
type Data<D> = { [K in keyof D as D[K] extends Optional ? never : K]: Shape<D[K]> } & { [K in keyof D as D[K] extends Optional ? K : never]?: Shape<D[K]> };

/** A letter's data as a template sees it. Text that is unknown is null, so the render fails naming it. */
export type LetterData = Data<typeof LETTER_DATA>;

/** What the protocol fills when a letter is drafted; the letters service adds `concept`, signing adds the signer's name. */
export type DraftLetterData = Omit<LetterData, 'concept' | 'ondertekenaar'> & { ondertekenaar: Omit<LetterData['ondertekenaar'], 'naam'> };

/** What is settled at signing: the letter's date, whether there is a photo, and the measure's actual dates. */
export type SignedLetterData = { brief: Pick<LetterData['brief'], 'datum'>; burger: Pick<LetterData['burger'], 'foto'>; maatregel?: LetterData['maatregel'] };

export interface LetterFieldInfo {
  /** As a template writes it, e.g. `burger.naam`. */
  tag: string;
  kind: 'text' | 'flag';
  description: string;
  example: string | boolean;
  /** Only some letters have it. */
  optional: boolean;
}

function isField(node: object): node is { kind: 'text' | 'flag'; description: string; example: string | boolean; optional: boolean } {
  return 'kind' in node;
}

function walk(node: object, prefix: string, optional: boolean): LetterFieldInfo[] {
  if (isField(node)) return [{ tag: prefix, kind: node.kind, description: node.description, example: node.example, optional: optional || node.optional }];
  if ('group' in node) return walk(node.group as object, prefix, true);
  return Object.entries(node).flatMap(([key, child]) => walk(child as object, prefix ? `${prefix}.${key}` : key, optional));
}

/** Every field a template may use, in the definition's order. */
export const LETTER_FIELDS: readonly LetterFieldInfo[] = walk(LETTER_DATA, '', false);

const byTag = new Map(LETTER_FIELDS.map((field) => [field.tag, field]));

export function letterField(tag: string): LetterFieldInfo | undefined {
  return byTag.get(tag);
}

/** A letter's data with every field at its example value: the sample set every template can be previewed with. */
export function exampleLetterData(): LetterData {
  const data: Record<string, any> = {};
  for (const { tag, example } of LETTER_FIELDS) {
    const path = tag.split('.');
    let node = data;
    for (const key of path.slice(0, -1)) node = node[key] ??= {};
    node[path[path.length - 1]] = example;
  }
  return data as LetterData;
}
