import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDefinition } from '@ap/workflow-engine';
import { deliveredModels, traceabilityProblems, withTraceabilityTable } from '@ap/workflow-runtime';

const ROOT = join(__dirname, '../..');
const PROCESSES = join(ROOT, 'processes');

/**
 * Every step of the delivered models names the paragraph of the protocol it implements, every paragraph
 * that obliges something is implemented by an element citing it, and the README's table says so.
 */
describe('traceability from the protocol to the models', () => {
  it('every step cites a listed paragraph and every obligation has an element citing it', async () => {
    expect(traceabilityProblems(await deliveredModels(PROCESSES))).toEqual([]);
  });

  it('the README’s table is up to date (npm run model-reference)', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(withTraceabilityTable(readme, await deliveredModels(PROCESSES)));
  });

  it('names a step without a citation, an unknown paragraph and an obligation left without an element', async () => {
    const models = await deliveredModels(PROCESSES);
    const xml = readFileSync(join(PROCESSES, 'phone.bpmn'), 'utf8')
      .replace('<camunda:property name="protocolParagraph" value="5.1 B, 1e keer" />', '')
      .replace('value="5.1, recidive"', 'value="5.1, recidief"');
    const phone = await parseDefinition('phone.bpmn', xml);
    expect(traceabilityProblems([...models.filter((m) => m.key !== 'phone'), phone])).toEqual([
      'phone.recidive_a noemt "5.1, recidief", die niet in de lijst van paragrafen staat',
      'phone.letter_tc3 ("Waarschuwingsbrief TC3") noemt geen paragraaf van het protocol',
    ]);
    const withoutGateway = xml.replace('value="5.1 B, 1e keer; 5.1 B, 2e keer"', 'value="5.1 B, 2e keer"');
    expect(traceabilityProblems([...models.filter((m) => m.key !== 'phone'), await parseDefinition('phone.bpmn', withoutGateway)])).toContain(
      '"5.1 B, 1e keer" verplicht tot brief, maar geen element noemt die paragraaf',
    );
  });
});
