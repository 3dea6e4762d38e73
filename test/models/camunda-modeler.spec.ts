import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asText } from '../support/text-body';
import { useTestApp } from '../support/use-test-app';

/**
 * The Camunda Modeler (desktop, Camunda 7 platform) round trip: a model it saved deploys as it is. The
 * fixture is the written protocol in the Modeler's serialisation (its bpmn-js writer, its exporter and
 * execution-platform attributes). The other direction, a browser deploy opening there with the same
 * properties, is in test/web/modeller.spec.ts.
 */
describe('a model saved by the Camunda Modeler', () => {
  const app = useTestApp();
  const saved = readFileSync(join(__dirname, 'fixtures/written.camunda-modeler.bpmn'), 'utf8');

  it('deploys unchanged, with the same steps and properties as before', async () => {
    const policy = await app.api.as('beleid');
    const [base] = (await app.t.http().get('/api/process-models/written/versions').set(policy).expect(200)).body;
    expect((await app.t.http().post('/api/process-models/written/check').set(policy).send({ xml: saved }).expect(200)).body).toEqual({ problems: [] });
    await app.t.http().post('/api/process-models/written/versions').set(policy).send({ xml: saved, comment: 'Opgeslagen in de Camunda Modeler', baseVersion: base.version }).expect(201);

    const stored = await app.t.http().get(`/api/process-models/written/versions/${base.version + 1}/xml`).set(policy).buffer(true).parse(asText);
    expect(stored.body).toBe(saved);
    const diff = (await app.t.http().get(`/api/process-models/written/diff?from=${base.version}&to=${base.version + 1}`).set(policy).expect(200)).body;
    expect(diff).toMatchObject({ added: [], removed: [], changed: [] });
  });
});
