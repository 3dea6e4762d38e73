import { Paragraph } from './docx-paragraphs';

const PARTS: [RegExp, string][] = [
  [/document/, 'hoofdtekst'],
  [/header/, 'koptekst'],
  [/footer/, 'voettekst'],
  [/footnotes/, 'voetnoten'],
  [/endnotes/, 'eindnoten'],
];
const AROUND = 40;

export function partName(file: string): string {
  return PARTS.find(([pattern]) => pattern.test(file))?.[1] ?? file;
}

/** "hoofdtekst, tabel 1, rij 2, cel 1, alinea 14" */
export function where(paragraph: Paragraph): string {
  const { table } = paragraph;
  return [partName(paragraph.file), table && `tabel ${table.table}, rij ${table.row}, cel ${table.cell}`, `alinea ${paragraph.index}`].filter(Boolean).join(', ');
}

/** The words around a position in a paragraph's text, cut at the edges with an ellipsis. */
export function around(text: string, at: number, length = 0): string {
  const from = Math.max(0, at - AROUND);
  const to = Math.min(text.length, at + length + AROUND);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** The paragraph holding a docxtemplater offset, which counts the raw text of the part's runs. */
export function paragraphAt(paragraphs: Paragraph[], offset: number): Paragraph | undefined {
  return paragraphs.find((p) => offset >= p.start && offset < p.end) ?? paragraphs.find((p) => offset === p.end);
}
