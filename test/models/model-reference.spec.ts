import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_FILE, catalogJson, ModelDeployment, referenceTables, withReferenceTables } from '@ap/workflow-runtime';
import { useTestApp } from '../support/use-test-app';

const ROOT = join(__dirname, '../..');

/**
 * What comes from the declarations of the topics and forms is checked in where it is used without the
 * service: the catalog of the command line's bpmnlint, and the README's tables. `npm run model-reference`.
 */
describe('the model reference derived from the declarations', () => {
  const app = useTestApp();

  it('is up to date in the bpmnlint plugin and in the README', async () => {
    const catalog = await app.t.app.get(ModelDeployment).catalog();
    expect(readFileSync(join(ROOT, CATALOG_FILE), 'utf8')).toBe(catalogJson(catalog));
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(withReferenceTables(readme, referenceTables(catalog)));
  });

  it('declares every topic and form the delivered models use, and the letter call’s inputs with their types', async () => {
    const catalog = (await app.t.http().get('/api/process-models/catalog').set(await app.api.as('beleid')).expect(200)).body;
    const letter = catalog.processes.find((p: any) => p.key === 'letter');
    expect(letter.inputs.find((i: any) => i.name === 'code')).toMatchObject({ kind: 'choice', choices: expect.arrayContaining([{ value: 'TC3', label: 'TC3' }]) });
    expect(letter.inputs.find((i: any) => i.name === 'signer')).toMatchObject({ kind: 'choice', choices: expect.arrayContaining([{ value: 'college', label: 'college van B&W' }]) });
    expect(letter.inputs.find((i: any) => i.name === 'measureDuration')).toMatchObject({ kind: 'duration' });
    expect(catalog.topics.find((t: any) => t.topic === 'protocol.recidive')).toMatchObject({ subject: 'incident', inputs: [{ name: 'kind', required: true }, { name: 'window', kind: 'duration' }] });
  });
});
