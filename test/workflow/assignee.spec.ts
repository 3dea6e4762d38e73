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

  const reportBody = (category: string) => ({
    channel: 'outside-hours',
    category,
    behaviour: 'threat',
    occurredAt: new Date().toISOString(),
    location: 'Supermarkt, Dorpsstraat',
    description: 'Medewerker werd buiten werktijd aangesproken.',
    citizen: newCitizen(),
  });
  const report = (category: string) => app.api.report(reportBody(category));

  it('assigns the task to the user the expression names', async () => {
    const incident = await report('I');
    const pno = await app.t.http().get('/api/auth/me').set(await app.api.as('pno')).expect(200);
    const task = await app.api.task(incident.id, 'register', 'pno');
    expect(task).toMatchObject({ assigneeId: pno.body.id, candidateGroups: ['hr'] });
    expect((await app.api.complete(task.id, {}, 'pno')).status).toBe(200);
  });

  it('shows the task with its input and form to the assignee only; others with the role see its name, due date and holder', async () => {
    await app.api.ensureUser('tweedepno', 'Eva Maas', ['hr']);
    const citizen = newCitizen();
    const incident = await app.api.report({ ...reportBody('I'), citizen });
    const own = await app.api.task(incident.id, 'register', 'pno');
    expect(own).toMatchObject({ restricted: false, input: { citizen: citizen.name }, form: { key: 'confirmation' }, subject: { kind: 'incident', title: `${incident.reference} · ${citizen.name}` } });

    // In the list and on its own: the task, not what it holds, nor whom the case is about.
    const listed = await app.api.task(incident.id, 'register', 'tweedepno');
    const one = (await app.t.http().get(`/api/tasks/${own.id}`).set(await app.api.as('tweedepno')).expect(200)).body;
    for (const other of [listed, one]) {
      expect(other).toMatchObject({ id: own.id, name: 'Registreren', dueAt: own.dueAt, restricted: true, input: {}, form: null, submitted: null, assignee: { displayName: 'Peter Visser' } });
      expect(other.subject).toEqual({ kind: 'incident', id: incident.id, title: incident.reference });
      expect(JSON.stringify(other)).not.toContain(citizen.name);
    }

    // Completing it is refused before the form is looked at, whatever is sent, and nothing changes.
    for (const form of [{}, { comment: 42 }]) {
      const res = await app.api.complete(own.id, form, 'tweedepno');
      expect({ status: res.status, message: res.body.message, errors: res.body.errors }).toEqual({ status: 409, message: 'Taak "Registreren" is aan iemand anders toegewezen', errors: undefined });
    }
    expect((await app.api.task(incident.id, 'register', 'pno')).status).toBe('open');

    expect((await app.api.complete(own.id, { comment: 'Geregistreerd.' }, 'pno')).status).toBe(200);
    const done = (await app.t.http().get(`/api/tasks/${own.id}`).set(await app.api.as('pno')).expect(200)).body;
    expect(done).toMatchObject({ status: 'completed', submitted: { comment: 'Geregistreerd.' }, form: { key: 'confirmation' } });
    const doneForOther = (await app.t.http().get(`/api/tasks/${own.id}`).set(await app.api.as('tweedepno')).expect(200)).body;
    expect(doneForOther).toMatchObject({ status: 'completed', restricted: true, submitted: null, form: null, input: {} });
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
