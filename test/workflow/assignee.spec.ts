import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processesWith } from '../support/processes-dir';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

/**
 * camunda:assignee gives a task to one user, by username or FEEL; a user who does not exist or lacks
 * the task's role fails the step, as an unknown role does, instead of leaving a task no one can do.
 */
describe('user tasks with camunda:assignee', () => {
  const app = useTestApp(() => ({
    processesDir: processesWith({ 'outside-hours.bpmn': readFileSync(join(__dirname, 'fixtures/outside-hours-assignee.bpmn'), 'utf8') }),
  }));

  const report = (category: string) =>
    app.api.report({
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
    const pno = await app.t.http().get('/api/auth/me').set(await app.api.as('pno')).expect(200);
    const task = await app.api.task(incident.id, 'register', 'pno');
    expect(task).toMatchObject({ assigneeId: pno.body.id, candidateGroups: ['hr'] });
    expect((await app.api.complete(task.id, {}, 'pno')).status).toBe(200);
  });

  it.each([
    ['II', 'taak "Registreren" heeft geen bekende behandelaar: niemand'],
    ['III', 'taak "Registreren" heeft geen bekende behandelaar: receptie heeft niet de rol hr'],
  ])('fails the step when category %s names a user who cannot do the task', async (category, message) => {
    const incident = await report(category);
    const file = await app.api.file(incident.id);
    expect(file.tasks).toEqual([]);
    expect(file.problems).toEqual([expect.objectContaining({ processKey: 'outside-hours', failure: expect.objectContaining({ elementId: 'register', message }) })]);
  });
});
