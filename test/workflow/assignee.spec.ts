import { copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newCitizen, ProtocolClient } from '../support/protocol-client';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * camunda:assignee gives a task to one user, by username or FEEL; a user who does not exist or lacks
 * the task's role fails the step, as an unknown role does, instead of leaving a task no one can do.
 */
describe('user tasks with camunda:assignee', () => {
  let t: TestApp;
  let api: ProtocolClient;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'processes-'));
    cpSync(join(__dirname, '../../processes'), dir, { recursive: true });
    copyFileSync(join(__dirname, 'fixtures/outside-hours-assignee.bpmn'), join(dir, 'outside-hours.bpmn'));
    t = await createTestApp({ processesDir: dir });
    api = new ProtocolClient(t);
  });
  afterAll(() => t.close());

  const report = (category: string) =>
    api.report({
      channel: 'outside-hours',
      category,
      behaviour: 'threat',
      occurredAt: new Date().toISOString(),
      location: 'Supermarkt, Dorpsstraat',
      description: 'Medewerker werd buiten werktijd aangesproken.',
      citizen: newCitizen(),
    });

  it('assigns the task to the user the expression names', async () => {
    const incident = await report('I');
    const pno = await t.http().get('/api/auth/me').set(await api.as('pno')).expect(200);
    const task = await api.task(incident.id, 'register', 'pno');
    expect(task).toMatchObject({ assigneeId: pno.body.id, candidateGroups: ['hr'] });
    expect((await api.complete(task.id, {}, 'pno')).status).toBe(200);
  });

  it.each([
    ['II', 'taak "Registreren" heeft geen bekende behandelaar: niemand'],
    ['III', 'taak "Registreren" heeft geen bekende behandelaar: receptie heeft niet de rol hr'],
  ])('fails the step when category %s names a user who cannot do the task', async (category, message) => {
    const incident = await report(category);
    const file = await api.file(incident.id);
    expect(file.tasks).toEqual([]);
    expect(file.problems).toEqual([expect.objectContaining({ processKey: 'outside-hours', failure: expect.objectContaining({ elementId: 'register', message }) })]);
  });
});
