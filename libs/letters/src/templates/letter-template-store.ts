import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DomainError } from '@ap/common';
import { templateTags } from '../rendering/docx-renderer';
import { LetterRenderError } from '../rendering/letter-render-error';
import { loadAddressees } from './letter-addressees';
import { letterField } from '../data/letter-data';

export interface LetterTemplate {
  code: string;
  docx: Buffer;
  /** sha256 of the file: the template version a letter records. */
  hash: string;
  tags: string[];
}

/**
 * The letter templates in the templates folder, one .docx per letter code, checked when loaded, and
 * the roles each letter is addressed to (addressees.json).
 */
export class LetterTemplateStore {
  private readonly templates = new Map<string, LetterTemplate>();
  private addressees = new Map<string, string[]>();

  constructor(private readonly dir: string) {}

  /** Loads every template; refuses to start if one is broken or uses a tag no data fills. */
  async load(): Promise<void> {
    const files = (await readdir(this.dir)).filter((f) => f.toLowerCase().endsWith('.docx') && !f.startsWith('~$')).sort();
    const problems: string[] = [];
    for (const file of files) {
      const code = basename(file, '.docx');
      try {
        const docx = await readFile(join(this.dir, file));
        const tags = templateTags(code, docx);
        const unknown = tags.filter((t) => !letterField(t));
        if (unknown.length) problems.push(`${file}: onbekende velden ${unknown.join(', ')}`);
        this.templates.set(code, { code, docx, hash: createHash('sha256').update(docx).digest('hex'), tags });
      } catch (err) {
        problems.push(`${file}: ${err instanceof LetterRenderError ? err.problems.join('; ') : (err as Error).message}`);
      }
    }
    const addressees = await loadAddressees(this.dir, new Set(this.templates.keys()));
    this.addressees = addressees.byCode;
    problems.push(...addressees.problems);
    if (problems.length) throw new Error(`Cannot load the letter templates in ${this.dir}:\n- ${problems.join('\n- ')}`);
  }

  get(code: string): LetterTemplate {
    const template = this.templates.get(code);
    if (!template) throw new DomainError('unprocessable', `Er is geen briefsjabloon ${code}`);
    return template;
  }

  list(): LetterTemplate[] {
    return [...this.templates.values()];
  }

  /** The roles letter `code` is addressed to, besides the staff who handle letters. */
  addresseesOf(code: string): string[] {
    return this.addressees.get(code) ?? [];
  }
}
