/** docxtemplater's errors in legal staff's words; `tag` is the tag's text as written, without braces. */
const MESSAGES: Record<string, (tag: string) => string> = {
  unclosed_tag: (tag) => `Het veld "{${tag}" wordt niet gesloten: er ontbreekt een }`,
  unopened_tag: (tag) => `Er staat een } zonder { ervoor, na "${tag}"`,
  duplicate_open_tag: (tag) => `Er staat een { te veel, bij "${tag}"`,
  duplicate_close_tag: (tag) => `Er staat een } te veel, bij "${tag}"`,
  unclosed_loop: (tag) => `Het blok {#${tag}} wordt nergens gesloten met {/${tag}}`,
  unopened_loop: (tag) => `{/${tag}} sluit een blok dat niet is geopend met {#${tag}}`,
  closing_tag_does_not_match_opening_tag: (tag) => `{/${tag}} sluit niet het blok dat daar open staat`,
  unbalanced_loop_tags: (tag) => `De blokken openen en sluiten niet in dezelfde volgorde, bij "${tag}"`,
  loop_position_invalid: (tag) => `Het blok {#${tag}} begint en eindigt op plaatsen die niet bij elkaar passen (bijvoorbeeld in en buiten een tabel)`,
  scopeparser_compilation_failed: (tag) => `"{${tag}}" is geen geldige veldnaam`,
  raw_xml_tag_should_be_only_text_in_paragraph: (tag) => `Het veld {@${tag}} moet alleen in een eigen alinea staan`,
  unimplemented_tag_type: (tag) => `Het soort veld "{${tag}}" wordt niet ondersteund`,
};

export function docxtemplaterMessage(id: string | undefined, tag: string, explanation: string): string {
  const message = id ? MESSAGES[id] : undefined;
  return message ? message(tag) : `Het sjabloon kan niet worden gelezen: ${explanation}`;
}
