import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputParametersOf, readModel } from '@ap/workflow-engine';
import { SOURCE_ROLES } from './source-roles';

const PROCESSES = join(__dirname, '../../processes');

/** The attributes of a sub-process call that decide who does that sub-process's task. */
const ROLE_INPUTS = ['signer', 'reporters'];

/** Every "process/element/attribute" that says who does a step, with its value, from the models as they are. */
async function rolesInModels(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const file of readdirSync(PROCESSES).filter((f) => f.endsWith('.bpmn'))) {
    const { rootElement } = await readModel(file, readFileSync(join(PROCESSES, file), 'utf8'));
    const process = rootElement.rootElements.find((e: any) => e.$type === 'bpmn:Process');
    const elements = (list: any[] = []): any[] => list.flatMap((e) => [e, ...elements(e.flowElements)]);
    for (const element of elements(process.flowElements)) {
      const at = (attribute: string) => `${process.id}/${element.id}/${attribute}`;
      if (element.$type === 'bpmn:UserTask') {
        found.set(at('candidateGroups'), element.candidateGroups ?? '');
        if (element.assignee) found.set(at('assignee'), element.assignee);
      }
      if (element.$type === 'bpmn:CallActivity') {
        for (const input of inputParametersOf(element).filter((i) => ROLE_INPUTS.includes(i.name))) found.set(at(input.name), String(input.value));
      }
    }
  }
  return found;
}

/**
 * The role audit: every user task's roles and assignee, and every role a model hands a shared
 * sub-process, is the one the source's wording names (test/models/source-roles.ts, with the words). A
 * step added to a model without a row here fails, as does a row whose step is gone.
 */
describe('who does each step is who the source names', () => {
  it('every role in every model matches the table of the source', async () => {
    const inModels = await rolesInModels();
    const audited = new Map(SOURCE_ROLES.map((row) => [row.at, row.value]));
    expect(SOURCE_ROLES).toHaveLength(audited.size);
    const sorted = (map: Map<string, string>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));
    expect(sorted(inModels)).toEqual(sorted(audited));
  });
});
