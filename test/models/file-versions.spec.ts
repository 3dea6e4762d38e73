import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processesWith } from '../support/processes-dir';
import { counterWithIncidentTalk, deliveredModel } from '../support/model-edits';
import { createTestApp } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

/**
 * The database holds the versions; processes/ holds the initial models. A file never replaces a version
 * deployed from the browser unless the file itself changed, and a broken file does not take the service down.
 */
describe('model versions from processes/ and from the browser', () => {
  const dir = processesWith({});
  const app = useTestApp({ processesDir: dir });
  const versions = async () => (await app.t.http().get('/api/process-models/counter/versions').set(await app.api.as('beleid')).expect(200)).body;
  const counterIncident = () => app.api.counterIncident();
  const openTasks = async (id: string) => (await app.api.file(id)).tasks.filter((t: any) => t.status === 'open').map((t: any) => t.elementId);

  it('keeps a version deployed from the browser over an unchanged file after a restart', async () => {
    const [fromFile] = await versions();
    const policy = await app.api.as('beleid');
    await app.t.http().post('/api/process-models/counter/versions').set(policy).send({ xml: counterWithIncidentTalk(), comment: 'Incidentgesprek', baseVersion: fromFile.version }).expect(201);

    await app.stop();
    await app.start();
    const [newest] = await versions();
    expect(newest).toMatchObject({ version: fromFile.version + 1, sourceFile: null, comment: 'Incidentgesprek' });
    expect(await openTasks((await counterIncident()).id)).toContain('incident_talk');
  });

  it('records a changed file as a new version "from file"', async () => {
    const [before] = await versions();
    writeFileSync(join(dir, 'counter.bpmn'), deliveredModel('counter').replace('name="Incident registreren in GIR"', 'name="Registreren in GIR"'));
    await app.stop();
    await app.start();
    const [newest] = await versions();
    expect(newest).toMatchObject({ version: before.version + 1, sourceFile: 'counter.bpmn', deployedByName: null });
    expect(await openTasks((await counterIncident()).id)).not.toContain('incident_talk');
  });

  it('starts on the stored version when a changed file fails the checks, and reports the file', async () => {
    const [before] = await versions();
    writeFileSync(join(dir, 'counter.bpmn'), deliveredModel('counter').replace('camunda:candidateGroups="hr"', 'camunda:candidateGroups="burgemeester"'));
    await app.stop();
    await app.start();
    expect((await app.t.http().get('/api/health').expect(200)).body).toMatchObject({ status: 'ok', refusedModelFiles: ['counter.bpmn'], refusedLetterTemplateFiles: [] });
    const models = (await app.t.http().get('/api/process-models').set(await app.api.as('beleid')).expect(200)).body;
    expect(models.find((m: any) => m.key === 'counter').refusedFile).toEqual({
      file: 'counter.bpmn',
      problems: [{ elementId: 'register_gir', message: expect.stringContaining('noemt rol "burgemeester", die niet bestaat') }],
    });
    expect((await versions())[0].version).toBe(before.version);
    expect(await openTasks((await counterIncident()).id)).toContain('register_gir');
  });

  it('lets every service process start new incidents on a version another one deployed', async () => {
    writeFileSync(join(dir, 'counter.bpmn'), deliveredModel('counter'));
    const other = await createTestApp({ processesDir: dir });
    try {
      const [before] = await versions();
      const policy = `Bearer ${await other.login('beleid')}`;
      await other.http().post('/api/process-models/counter/versions').set('Authorization', policy).send({ xml: counterWithIncidentTalk(), comment: 'Vanuit de andere', baseVersion: before.version }).expect(201);
      expect(await openTasks((await counterIncident()).id)).toContain('incident_talk');
    } finally {
      await other.close();
    }
  });
});
