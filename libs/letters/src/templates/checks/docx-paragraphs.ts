import PizZip from 'pizzip';

/** Where in a table a paragraph stands, counted from 1 as Word's users count. */
export interface TableCell {
  table: number;
  row: number;
  cell: number;
}

export interface Paragraph {
  /** The document part, e.g. `word/document.xml`. */
  file: string;
  /** Counted from 1 within its part. */
  index: number;
  /** Offsets into the part's text as docxtemplater counts it: the raw (escaped) content of its `w:t` runs. */
  start: number;
  end: number;
  /** What the reader sees. */
  text: string;
  table: TableCell | null;
}

const TOKEN = /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:t)(?=[\s>/])[^>]*?(\/?)>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? entity;
  });
}

/** The parts of a letter that hold text, in reading order. */
export function textParts(zip: PizZip): string[] {
  const name = (f: string) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.exec(f)?.[1];
  const order = (f: string) => ['header', 'document', 'footnotes', 'endnotes', 'footer'].findIndex((p) => name(f)!.startsWith(p));
  return Object.keys(zip.files)
    .filter((f) => name(f))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/**
 * The paragraphs of one part with their text, read from the XML as Word wrote it (split runs included), so
 * an offset docxtemplater reports can be told as "table 1, row 2" and the words around it.
 */
export function paragraphs(zip: PizZip, file: string): Paragraph[] {
  const xml = zip.file(file)?.asText() ?? '';
  const result: Paragraph[] = [];
  const tables: { table: number; row: number; cell: number }[] = [];
  let tableCount = 0;
  let current: { raw: string; start: number } | null = null;
  let offset = 0;
  let textFrom = -1;
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, tag, selfClosing] = match;
    if (tag === 'w:t') {
      if (!closing && !selfClosing) textFrom = match.index! + match[0].length;
      else if (closing && textFrom >= 0) {
        const raw = xml.slice(textFrom, match.index);
        if (current) current.raw += raw;
        offset += raw.length;
        textFrom = -1;
      }
      continue;
    }
    if (selfClosing) continue;
    if (tag === 'w:tbl') {
      if (closing) tables.pop();
      else tables.push({ table: ++tableCount, row: 0, cell: 0 });
    } else if (tag === 'w:tr' && !closing && tables.length) {
      const t = tables[tables.length - 1];
      t.row++;
      t.cell = 0;
    } else if (tag === 'w:tc' && !closing && tables.length) tables[tables.length - 1].cell++;
    else if (tag === 'w:p') {
      if (!closing) current = { raw: '', start: offset };
      else if (current) {
        const table = tables.length ? { ...tables[tables.length - 1] } : null;
        result.push({ file, index: result.length + 1, start: current.start, end: offset, text: unescapeXml(current.raw), table });
        current = null;
      }
    }
  }
  return result;
}

/** The letter's wording, paragraph by paragraph over every part: what a diff between two versions compares. */
export function letterText(docx: Buffer): string[] {
  const zip = new PizZip(docx);
  return textParts(zip).flatMap((file) => paragraphs(zip, file).map((p) => p.text));
}
