import PizZip from 'pizzip';

/** The visible text of a DOCX's body, header and footer, opened as Word would: unzip and read the XML. */
export function docxText(docx: Buffer): string {
  const zip = new PizZip(docx);
  const parts = Object.keys(zip.files).filter((name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name));
  return parts
    .map((name) =>
      zip
        .file(name)!
        .asText()
        .replace(/<w:(p|br)\b[^>]*\/?>/g, '\n')
        .replace(/<w:tab\/>/g, '\t')
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .join('\n');
}
