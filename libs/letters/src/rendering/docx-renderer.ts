import Docxtemplater from 'docxtemplater';
import expressionParser from 'docxtemplater/expressions.js';
import PizZip from 'pizzip';
import { LetterRenderError } from './letter-render-error';

// Empty text counts as missing: a letter must never go out with a blank where a name or date belongs.
function parser(tag: string) {
  const compiled = expressionParser(tag);
  return {
    get(scope: unknown, context: any) {
      const value = compiled.get(scope, context);
      return typeof value === 'string' && !value.trim() ? undefined : value;
    },
  };
}

function templateProblems(err: any): string[] {
  const errors: any[] = err?.properties?.errors ?? [err];
  return errors.map((e) => {
    const where = e?.properties?.file ? ` (${e.properties.file})` : '';
    const tag = e?.properties?.xtag ? ` bij "${e.properties.xtag}"` : '';
    return `${e?.properties?.explanation ?? e?.message ?? String(e)}${tag}${where}`;
  });
}

function compile(code: string, template: Buffer, nullGetter: (part: any) => unknown): Docxtemplater {
  try {
    return new Docxtemplater(new PizZip(template), {
      parser,
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      nullGetter,
    } as any);
  } catch (err) {
    throw new LetterRenderError(code, [], templateProblems(err));
  }
}

/**
 * Fills a DOCX template. Every tag without a value is collected and the render fails listing them all,
 * rather than writing "undefined" or leaving a gap.
 */
export function renderDocx(code: string, template: Buffer, data: Record<string, unknown>): Buffer {
  const missing = new Set<string>();
  const doc = compile(code, template, (part) => {
    missing.add(part.value);
    return '';
  });
  try {
    doc.render(data);
  } catch (err) {
    throw new LetterRenderError(code, [], templateProblems(err));
  }
  if (missing.size) throw new LetterRenderError(code, [...missing].sort());
  const zip = doc.getZip();
  // Each entry's modification time would otherwise be the moment of rendering: the same template and data
  // must give the same bytes, so that a signed letter can be rendered again and its hash confirmed.
  for (const name of Object.keys(zip.files)) zip.files[name].date = ZIP_EPOCH;
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The earliest time a ZIP entry can carry, in local time as the format stores it. */
const ZIP_EPOCH = new Date(1980, 0, 1);
