import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { LETTER_FIELDS, letterField } from '../../data/letter-data';
import { LetterCatalogue } from '../letter-catalogue';
import { Paragraph, paragraphs, textParts } from './docx-paragraphs';
import { docxtemplaterMessage } from './docxtemplater-problems';
import { around, paragraphAt, where } from './problem-location';
import { TemplateProblem } from './template-problem';
import { closest } from './closest';

export interface CheckedTemplate {
  /** The fields the template uses. */
  fields: string[];
  problems: TemplateProblem[];
}

const TAG = /\{([#^/]?)([^{}]*)\}/g;

function notADocx(): CheckedTemplate {
  return { fields: [], problems: [{ message: 'Dit bestand is geen Word-document (.docx). Sla de brief in Word op als "Word-document (*.docx)".', where: null, context: null }] };
}

function syntaxProblems(docx: Buffer, zip: PizZip): TemplateProblem[] {
  try {
    // A zip of its own: docxtemplater works on the files it is given.
    new Docxtemplater(new PizZip(docx), { paragraphLoop: true, linebreaks: true, errorLogging: false } as any);
    return [];
  } catch (err: any) {
    const errors: any[] = err?.properties?.errors ?? [err];
    return errors.map((e) => {
      const { id, xtag = '', offset, file, explanation = e?.message ?? String(e) } = e?.properties ?? {};
      const paragraph = file && typeof offset === 'number' ? paragraphAt(paragraphs(zip, file), offset) : undefined;
      return {
        message: docxtemplaterMessage(id, xtag, explanation),
        where: paragraph ? where(paragraph) : null,
        context: paragraph ? around(paragraph.text, Math.max(0, offset - paragraph.start)) : null,
      };
    });
  }
}

/** One tag as written in a paragraph, e.g. `{#burger.foto}`: its kind (`#`, `^` or none) and the field it names. */
interface WrittenTag {
  written: string;
  kind: string;
  name: string;
  paragraph: Paragraph;
  at: number;
}

/** Every opening tag of the letter (closing ones name their opening's field), paragraph by paragraph, and the wording. */
function readTags(zip: PizZip): { tags: WrittenTag[]; text: string[] } {
  const tags: WrittenTag[] = [];
  const text: string[] = [];
  for (const file of textParts(zip)) {
    for (const paragraph of paragraphs(zip, file)) {
      text.push(paragraph.text);
      for (const match of paragraph.text.matchAll(TAG)) {
        const [written, kind, raw] = match;
        if (kind !== '/') tags.push({ written, kind, name: raw.trim(), paragraph, at: match.index! });
      }
    }
  }
  return { tags, text };
}

/** The fields a template names, as written (known or not); throws if it is no DOCX. */
export function templateTags(docx: Buffer): string[] {
  return [...new Set(readTags(new PizZip(docx)).tags.map((t) => t.name))].sort();
}

/**
 * Checks a letter template as legal staff upload it, reporting every problem at once with where it is:
 * broken tags (from docxtemplater), fields and conditions on fields the letter data does not have, fields
 * every letter must show, and, for a decision, the objection clause.
 */
export function checkTemplate(code: string, docx: Buffer, catalogue: LetterCatalogue): CheckedTemplate {
  let zip: PizZip;
  try {
    zip = new PizZip(docx);
  } catch {
    return notADocx();
  }
  if (!zip.file('word/document.xml')) return notADocx();

  const problems = syntaxProblems(docx, zip);
  const fields = new Set<string>();
  const { tags, text } = readTags(zip);
  for (const { written, kind, name, paragraph, at } of tags) {
    if (letterField(name)) {
      fields.add(name);
      continue;
    }
    const suggestion = closest(name, LETTER_FIELDS.map((f) => f.tag));
    const hint = suggestion ? ` Bedoelt u ${kind}${suggestion}?` : '';
    problems.push({
      message: kind ? `Voorwaarde op een veld dat niet bestaat: ${written}.${hint}` : `Het veld ${written} bestaat niet.${hint}`,
      where: where(paragraph),
      context: around(paragraph.text, at, written.length),
    });
  }

  for (const field of catalogue.requiredFields.filter((f) => !fields.has(f))) {
    problems.push({ message: `Het verplichte veld {${field}} (${letterField(field)?.description}) staat niet in de brief.`, where: null, context: null });
  }
  if (catalogue.letters.get(code)?.decision) {
    const wording = text.join(' ').replace(/\s+/g, ' ').toLowerCase();
    const missing = catalogue.objectionClause.phrases.filter((phrase) => !wording.includes(phrase.toLowerCase()));
    if (missing.length) {
      problems.push({
        message: `Brief ${code} is een besluit, maar ${catalogue.objectionClause.description} ontbreekt: ${missing.map((p) => `"${p}"`).join(' en ')} ${missing.length > 1 ? 'komen' : 'komt'} niet in de brief voor.`,
        where: null,
        context: null,
      });
    }
  }
  return { fields: [...fields].sort(), problems };
}
