import { formatDutchDate } from '@ap/common';
import { CitizenEntity } from '@ap/persistence';

/** What erased personal data reads as, wherever it stood. */
export const ERASED = '[gewist]';

/** Shorter values are not searched for in text: they would match words that are not about the citizen. */
const MIN_LENGTH = 4;

/**
 * The personal values of one citizen (and of one file: what staff typed about them) to be taken out of
 * every text and JSON value they were copied into. A value is matched in any case, as a whole or inside
 * longer text, so "meneer J. de Vries belde" loses the name wherever the name was written.
 */
export class PersonalValues {
  private readonly values: string[];
  private readonly pattern: RegExp | null;

  constructor(values: Iterable<string | null | undefined>) {
    const unique = new Set<string>();
    for (const value of values) {
      const trimmed = value?.trim();
      if (trimmed && trimmed.length >= MIN_LENGTH && trimmed !== ERASED) unique.add(trimmed);
    }
    // Longest first, so a full name goes before its parts.
    this.values = [...unique].sort((a, b) => b.length - a.length);
    this.pattern = this.values.length ? new RegExp(this.values.map(escape).join('|'), 'gi') : null;
  }

  /**
   * The citizen's own data: name, date of birth as written in letters and as a date, address, phone. Searched
   * for in every table, so not the name's words on their own, which other people share.
   */
  static ofCitizen(citizen: CitizenEntity): string[] {
    return [
      citizen.name,
      citizen.dateOfBirth,
      citizen.dateOfBirth ? formatDutchDate(citizen.dateOfBirth) : null,
      citizen.streetAddress,
      citizen.postalCode,
      citizen.postalCode?.replace(/\s+/g, ''),
      citizen.phone,
    ].filter((v): v is string => Boolean(v));
  }

  /** The surname words of the name ("Vries" of "J. de Vries"), for the citizen's own file, where a text may name them so. */
  static nameParts(citizen: CitizenEntity): string[] {
    return citizen.name.split(/\s+/).filter((part) => /^[\p{L}'-]+$/u.test(part) && part.length >= MIN_LENGTH);
  }

  with(more: Iterable<string>): PersonalValues {
    return new PersonalValues([...this.values, ...more]);
  }

  /** Patterns for a first selection in SQL (`ILIKE ANY`), before the exact scrub in code. */
  likePatterns(): string[] {
    return this.values.map((v) => `%${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }

  get isEmpty(): boolean {
    return this.pattern === null;
  }

  text(value: string): string;
  text(value: string | null): string | null;
  text(value: string | null): string | null {
    if (value === null || !this.pattern) return value;
    return value.replace(this.pattern, ERASED);
  }

  /** The same JSON with every string (keys' values, array items, at any depth) scrubbed. */
  json<T>(value: T): T {
    if (typeof value === 'string') return this.text(value) as T;
    if (Array.isArray(value)) return value.map((item) => this.json(item)) as T;
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.json(v)])) as T;
    }
    return value;
  }
}

/**
 * The free text in a filled-in form: every string with a space in it (a description, a comment, an
 * explanation). Choices, codes, dates and ids have none and stay, so the file still shows the path taken.
 */
export function freeTexts(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/\s/.test(value.trim())) into.push(value);
  } else if (Array.isArray(value)) value.forEach((item) => freeTexts(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => freeTexts(item, into));
  return into;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
