import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PARAGRAPHS, ProtocolParagraph } from 'bpmnlint-plugin-agressieprotocol/paragraphs';
import { parseDefinition, ParsedDefinition } from '@ap/workflow-engine';
import { withSection } from './readme-sections';

/** An element of a model that cites a paragraph. */
export interface CitingElement {
  processKey: string;
  elementId: string;
  name: string;
}

/** The models delivered in `dir` (processes/), parsed as the service parses them. */
export async function deliveredModels(dir: string): Promise<ParsedDefinition[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.bpmn')).sort();
  return Promise.all(files.map(async (file) => parseDefinition(file, await readFile(join(dir, file), 'utf8'))));
}

/** Each paragraph of the list with the elements of `models` citing it, in the list's order. */
export function citations(models: ParsedDefinition[]): { paragraph: ProtocolParagraph; elements: CitingElement[] }[] {
  const elements = [...models]
    .sort((a, b) => a.key.localeCompare(b.key))
    .flatMap((model) => model.flow.flatMap((node) => node.paragraphs.map((id) => ({ id, element: { processKey: model.key, elementId: node.id, name: node.name } }))));
  return PARAGRAPHS.paragraphs.map((paragraph) => ({ paragraph, elements: elements.filter((e) => e.id === paragraph.id).map((e) => e.element) }));
}

/**
 * What the models break of the traceability rules, in words: a step without a citation, a citation of a
 * paragraph that is not in the list, an obligation no element implements (unless the list says why), and
 * a paragraph said to be outside the models that an element does cite.
 */
export function traceabilityProblems(models: ParsedDefinition[]): string[] {
  const known = new Set(PARAGRAPHS.paragraphs.map((p) => p.id));
  return [
    ...models.flatMap((model) =>
      model.flow.flatMap((node) => [
        ...(node.step && !node.paragraphs.length ? [`${model.key}.${node.id} ("${node.name}") noemt geen paragraaf van het protocol`] : []),
        ...node.paragraphs.filter((id) => !known.has(id)).map((id) => `${model.key}.${node.id} noemt "${id}", die niet in de lijst van paragrafen staat`),
      ]),
    ),
    ...citations(models).flatMap(({ paragraph, elements }) =>
      paragraph.obligations.length && !elements.length && !paragraph.notInModels
        ? [`"${paragraph.id}" verplicht tot ${obligationText(paragraph)}, maar geen element noemt die paragraaf`]
        : paragraph.notInModels && elements.length
          ? [`"${paragraph.id}" zegt dat geen model hem uitvoert, maar ${elements.map((e) => `${e.processKey}.${e.elementId}`).join(', ')} noemt hem`]
          : [],
    ),
  ];
}

function obligationText(paragraph: ProtocolParagraph): string {
  return paragraph.obligations.map((kind) => PARAGRAPHS.obligationKinds[kind] ?? kind).join(', ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The README's table: every paragraph of the list with what it obliges and the model elements citing it. */
export function traceabilityTable(models: ParsedDefinition[]): string {
  const rows = citations(models).map(({ paragraph, elements }) => {
    const byModel = [...new Set(elements.map((e) => e.processKey))].map(
      (key) => `\`${key}\`: ${elements.filter((e) => e.processKey === key).map((e) => cell(e.name)).join(', ')}`,
    );
    const implemented = byModel.length ? byModel.join('; ') : paragraph.notInModels ? `geen: ${cell(paragraph.notInModels)}` : '–';
    return `| ${cell(paragraph.id)} | ${cell(paragraph.summary)} | ${obligationText(paragraph) || '–'} | ${implemented} |`;
  });
  return ['| paragraaf | wat de bron zegt | verplicht tot | model: stappen die de paragraaf noemen |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with its traceability section replaced by the table of `models`. */
export function withTraceabilityTable(readme: string, models: ParsedDefinition[]): string {
  return withSection(readme, 'traceability', traceabilityTable(models));
}
