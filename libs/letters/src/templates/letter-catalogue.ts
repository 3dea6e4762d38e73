import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { letterField } from '../data/letter-data';
import { ADDRESSED_ROLES } from '../letters/letter-readers';

/** Beside the templates: what each letter is for, and what every letter (and every decision) must contain. */
export const CATALOGUE_FILE = 'letters.json';

export interface LetterEntry {
  code: string;
  purpose: string;
  /** A decision (besluit) the citizen can object to: it must carry the objection clause. */
  decision: boolean;
  /** Roles the letter is addressed to besides the staff who handle letters, e.g. receptions for TVR. */
  addressees: string[];
}

export interface LetterCatalogue {
  /** Fields every letter must show. */
  requiredFields: string[];
  objectionClause: { description: string; phrases: string[] };
  letters: Map<string, LetterEntry>;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

/**
 * Reads `letters.json`; every problem is named, since a catalogue that does not match the templates must
 * not start a service that would then send letters without their objection clause.
 */
export async function loadCatalogue(dir: string, codes: ReadonlySet<string>): Promise<{ catalogue: LetterCatalogue; problems: string[] }> {
  const problems: string[] = [];
  const catalogue: LetterCatalogue = { requiredFields: [], objectionClause: { description: '', phrases: [] }, letters: new Map() };
  let content: any;
  try {
    content = JSON.parse(await readFile(join(dir, CATALOGUE_FILE), 'utf8'));
  } catch (err) {
    return { catalogue, problems: [`${CATALOGUE_FILE}: ${(err as Error).message}`] };
  }
  const required = content?.required;
  if (!isTextList(required?.fields)) problems.push(`${CATALOGUE_FILE}: required.fields moet een lijst van velden zijn`);
  else {
    catalogue.requiredFields = required.fields;
    for (const field of required.fields.filter((f: string) => !letterField(f))) problems.push(`${CATALOGUE_FILE}: required.fields: het veld ${field} bestaat niet`);
  }
  if (!isText(required?.objectionClause?.description) || !isTextList(required?.objectionClause?.phrases) || !required.objectionClause.phrases.length) {
    problems.push(`${CATALOGUE_FILE}: required.objectionClause moet een omschrijving (description) en een lijst van zinsdelen (phrases) hebben`);
  } else catalogue.objectionClause = { description: required.objectionClause.description, phrases: required.objectionClause.phrases };

  const letters = content?.letters && typeof content.letters === 'object' && !Array.isArray(content.letters) ? content.letters : {};
  for (const [code, entry] of Object.entries<any>(letters)) {
    if (!codes.has(code)) problems.push(`${CATALOGUE_FILE}: er is geen briefsjabloon ${code}`);
    if (!isText(entry?.purpose)) problems.push(`${CATALOGUE_FILE}: ${code}: purpose (het doel van de brief) ontbreekt`);
    const addressees = entry?.addressees ?? [];
    if (!Array.isArray(addressees) || !addressees.every((r) => (ADDRESSED_ROLES as readonly unknown[]).includes(r))) {
      problems.push(`${CATALOGUE_FILE}: ${code}: addressees moet een lijst zijn uit ${ADDRESSED_ROLES.join(', ')}`);
      continue;
    }
    catalogue.letters.set(code, { code, purpose: entry?.purpose ?? '', decision: entry?.decision === true, addressees });
  }
  for (const code of [...codes].filter((c) => !(c in letters))) problems.push(`${CATALOGUE_FILE}: de brief ${code} staat er niet in (doel, besluit of niet)`);
  return { catalogue, problems };
}
