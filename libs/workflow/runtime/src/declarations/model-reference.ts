import { Catalog, InputSpec, matchesStartRule, StartVariable } from '@ap/workflow-engine';
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

/**
 * The routing table the models' start rules make: per value of the first two start variables (for a
 * report: channel and behaviour) the process it starts, with the values of the others that start it.
 * A combination that is not listed starts nothing: the service refuses it.
 */
function startTable(catalog: Catalog): string[] {
  const [row, column, ...rest] = catalog.startVariables;
  if (!row || !column) return [];
  const combinations = rest.reduce<Record<string, string>[]>((list, variable) => list.flatMap((c) => variable.choices.map((choice) => ({ ...c, [variable.name]: choice.value }))), [{}]);
  const label = (variable: StartVariable, value: string) => variable.choices.find((c) => c.value === value)?.label ?? value;
  const lines: string[] = [];
  for (const r of row.choices) {
    for (const c of column.choices) {
      for (const process of catalog.processes) {
        const matching = combinations.filter((combination) => process.starts.some((rule) => matchesStartRule(rule, { ...combination, [row.name]: r.value, [column.name]: c.value })));
        if (!matching.length) continue;
        const others = rest.map((v) => (matching.length === combinations.length ? 'alle' : [...new Set(matching.map((m) => label(v, m[v.name])))].join(', ')));
        lines.push(`| ${cell(r.label)} | ${cell(c.label)} | ${others.map(cell).join(' | ')}${rest.length ? ' | ' : ''}${cell(process.name)} (\`${process.key}\`) |`);
      }
    }
  }
  return [
    `| ${[row, column, ...rest].map((v) => v.label).join(' | ')} | start proces |`,
    `| ${[row, column, ...rest].map(() => '---').join(' | ')} | --- |`,
    ...lines,
    '',
  ];
}

/** The README's tables of start rules, topics, forms and callable processes, as the catalog declares them. */
export function referenceTables(catalog: Catalog): string {
  return [
    ...startTable(catalog),
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
