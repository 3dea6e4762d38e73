import { Catalog, InputSpec } from '@ap/workflow-engine';
import { withSection } from './readme-sections';

/** Where the command line's bpmnlint finds the catalog (`npx bpmnlint processes/*.bpmn`). */
export const CATALOG_FILE = 'libs/bpmnlint-plugin-agressieprotocol/catalog.json';

export function catalogJson(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

function describeInput(input: InputSpec): string {
  const kind =
    input.kind === 'duration'
      ? `ISO-duur, bv. \`${input.example ?? 'P6M'}\``
      : input.kind === 'choice' || input.kind === 'choices'
        ? `${input.kind === 'choices' ? 'lijst van ' : ''}${input.choices?.length ?? 0} keuzes${input.choices?.length ? `, bv. \`${input.choices[0].value}\`` : ''}`
        : input.example
          ? `bv. \`${input.example}\``
          : 'tekst';
  return `\`${input.name}\` ${input.label.toLowerCase()} (${kind}${input.required ? '' : ', optioneel'})`;
}

const inputs = (list: InputSpec[]) => list.map(describeInput).join('; ') || '–';
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The README's tables of topics, forms and callable processes, as the catalog declares them. */
export function referenceTables(catalog: Catalog): string {
  return [
    '| topic | wat | invoer | zet |',
    '| --- | --- | --- | --- |',
    ...catalog.topics.map((t) => `| \`${t.topic}\` | ${cell(t.title)}: ${cell(t.description)} | ${cell(inputs(t.inputs))} | ${t.sets.map((s) => `\`${s.name}\``).join(', ') || '–'} |`),
    '',
    '| formulier (`camunda:formKey`) | titel | voor | invoer van de taak |',
    '| --- | --- | --- | --- |',
    ...catalog.forms.map((f) => `| \`${f.key}\` | ${cell(f.title)} | ${f.subject} | ${cell(inputs(f.inputs))} |`),
    '',
    '| aan te roepen proces | naam | wat een aanroep meegeeft |',
    '| --- | --- | --- |',
    ...catalog.processes.filter((p) => p.inputs.length).map((p) => `| \`${p.key}\` | ${cell(p.name)} | ${cell(inputs(p.inputs))} |`),
  ].join('\n');
}

/** `readme` with its model reference section replaced by `tables`. */
export function withReferenceTables(readme: string, tables: string): string {
  return withSection(readme, 'model-reference', tables);
}
