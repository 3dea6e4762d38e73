import PizZip from 'pizzip';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Legal staff's edit in Word: in the paragraph text holding `from`, it becomes `to`, and the paragraph's
 * run is saved as Word saves an edit: split over three runs (a revision id each, the middle one marked as
 * a proofing error), so a field typed into it is split across runs too.
 */
export function editAsWord(docx: Buffer, from: string, to: string, part = 'word/document.xml'): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file(part)!.asText();
  const run = [...xml.matchAll(/<w:r>(?:(?!<w:r[ >]).)*?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/gs)].find((m) => unescape(m[1]).includes(from));
  if (!run) throw new Error(`"${from}" is not in one run of ${part}`);
  const text = unescape(run[1]).replace(from, to);
  const cuts = [0, Math.floor(text.length / 3), Math.floor((2 * text.length) / 3), text.length];
  const runs = [0, 1, 2]
    .map((i) => `<w:r w:rsidR="00A1B2C${i}">${i === 1 ? '<w:rPr><w:noProof/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text.slice(cuts[i], cuts[i + 1]))}</w:t></w:r>`)
    .join('');
  zip.file(part, xml.replace(run[0], runs));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The same document with a paragraph's text removed entirely (e.g. the objection clause). */
export function removeParagraphsWith(docx: Buffer, text: string, part = 'word/document.xml'): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file(part)!.asText();
  const paragraphs = xml.split(/(?=<w:p[ >])/);
  zip.file(part, paragraphs.filter((p) => !unescape(p.replace(/<[^>]+>/g, '')).includes(text)).join(''));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
