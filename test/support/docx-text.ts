import { DOMParser, Element, MIME_TYPE, Node } from '@xmldom/xmldom';
import PizZip from 'pizzip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * The visible text of a DOCX's body, headers and footers, read as Word would: unzip, parse each part
 * as XML (a part that is not well-formed fails the test) and collect its runs' text, a line a paragraph.
 */
export function docxText(docx: Buffer): string {
  const zip = new PizZip(docx);
  const parts = Object.keys(zip.files).filter((name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name));
  return parts.map((name) => textOf(new DOMParser({ onError: failOn(name) }).parseFromString(zip.file(name)!.asText(), MIME_TYPE.XML_TEXT).documentElement!)).join('\n');
}

function failOn(part: string) {
  return (level: string, message: string) => {
    if (level !== 'warning') throw new Error(`${part} is not well-formed XML: ${message}`);
  };
}

function textOf(node: Node): string {
  if (node.nodeType !== node.ELEMENT_NODE) return '';
  const element = node as Element;
  if (element.namespaceURI === W) {
    if (element.localName === 't') return element.textContent ?? '';
    if (element.localName === 'tab') return '\t';
    if (element.localName === 'br') return '\n';
  }
  const inner = Array.from(element.childNodes).map(textOf).join('');
  return element.namespaceURI === W && element.localName === 'p' ? `\n${inner}` : inner;
}
