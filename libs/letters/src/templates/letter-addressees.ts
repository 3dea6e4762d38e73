import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ADDRESSED_ROLES } from '../letters/letter-readers';

/** Beside the templates: per letter code, the roles the letter is addressed to, e.g. `{ "TVR": ["reception"] }`. */
export const ADDRESSEES_FILE = 'addressees.json';

export interface Addressees {
  byCode: Map<string, string[]>;
  problems: string[];
}

/** Reads the addressees file, if there is one; every problem is named for the start-up error. */
export async function loadAddressees(dir: string, codes: ReadonlySet<string>): Promise<Addressees> {
  const byCode = new Map<string, string[]>();
  let content: unknown;
  try {
    content = JSON.parse(await readFile(join(dir, ADDRESSEES_FILE), 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { byCode, problems: [] };
    return { byCode, problems: [`${ADDRESSEES_FILE}: ${(err as Error).message}`] };
  }
  if (!content || typeof content !== 'object' || Array.isArray(content)) {
    return { byCode, problems: [`${ADDRESSEES_FILE}: verwacht per briefcode een lijst van rollen, bv. { "TVR": ["reception"] }`] };
  }
  const problems: string[] = [];
  for (const [code, roles] of Object.entries(content)) {
    if (!codes.has(code)) problems.push(`${ADDRESSEES_FILE}: er is geen briefsjabloon ${code}`);
    if (!Array.isArray(roles) || !roles.every((r) => (ADDRESSED_ROLES as readonly unknown[]).includes(r))) {
      problems.push(`${ADDRESSEES_FILE}: ${code}: rollen moeten een lijst zijn uit ${ADDRESSED_ROLES.join(', ')}`);
      continue;
    }
    byCode.set(code, roles);
  }
  return { byCode, problems };
}
