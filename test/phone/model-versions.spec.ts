import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxText } from '../support/docx-text';
import { PROCESSES, processesWith } from '../support/processes-dir';
import { newCitizen, ProtocolClient } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { withTestApp } from '../support/use-test-app';

const originalPhone = readFileSync(join(PROCESSES, 'phone.bpmn'), 'utf8');
const originalLetter = readFileSync(join(PROCESSES, 'letter.bpmn'), 'utf8');

/** A policy owner's edit becomes a new version; incidents under way finish on the version they began with. */
describe('phone protocol: model versions', () => {
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));

  it('starts new incidents on the edited model and finishes running ones on their own version', async () => {
    const dir = processesWith({}); // a copy of the delivered models, edited below
    const running = await withTestApp({ clock, processesDir: dir }, ({ api }) => api.phoneIncident(newCitizen(), 'insult', new Date('2026-06-01T08:00:00Z')));

    // The policy owner renames the signing step and gives signers more time, and retitles warning TC1.
    const editedLetter = originalLetter.replace('name="Brief beoordelen en ondertekenen"', 'name="Brief ondertekenen"').replace('else &#34;P2D&#34;', 'else &#34;P9D&#34;');
    const editedPhone = originalPhone.replace('else "Waarschuwing na schelden of beledigen"', 'else "Waarschuwing na uw telefoongesprek"');
    expect(editedLetter).not.toBe(originalLetter);
    expect(editedPhone).not.toBe(originalPhone);
    writeFileSync(join(dir, 'letter.bpmn'), editedLetter);
    writeFileSync(join(dir, 'phone.bpmn'), editedPhone);
    await withTestApp({ clock, processesDir: dir }, async ({ t, api }) => {
      const policy = await api.as('beleid');
      const versions = (await t.http().get('/api/process-models/phone/versions').set(policy).expect(200)).body;
      expect(versions.slice(0, 2)).toEqual([
        expect.objectContaining({ sourceFile: 'phone.bpmn', deployedByName: null, runningInstances: 0 }),
        expect.objectContaining({ sourceFile: 'phone.bpmn', runningInstances: 1 }),
      ]);
      expect(versions[0].version).toBe(versions[1].version + 1);

      const fresh = await api.phoneIncident(newCitizen(), 'insult', new Date('2026-06-01T08:30:00Z'));
      const head = await api.as('afdelingshoofd');
      const versionOf = async (incident: any) =>
        (await t.http().get(`/api/process-instances/${incident.process.id}`).set(head).expect(200)).body.definition.version;
      expect(await versionOf(fresh)).toBe((await versionOf(running)) + 1);

      const newTask = await api.task(fresh.id, 'sign:TC1', 'afdelingshoofd');
      expect(newTask.name).toBe('Brief ondertekenen');
      expect(newTask.dueAt).toBe('2026-06-10T09:00:00.000Z');
      const oldTask = await api.task(running.id, 'sign:TC1', 'afdelingshoofd');
      expect(oldTask.name).toBe('Brief beoordelen en ondertekenen');
      const textOf = async (incident: any) => docxText(await api.letterDocx((await api.file(incident.id)).letters[0].id));
      expect(await textOf(fresh)).toContain('Waarschuwing na uw telefoongesprek');
      expect(await textOf(running)).toContain('Waarschuwing na schelden of beledigen');

      await api.completeAt(running.id, 'sign:TC1', { decision: 'approve' }, 'afdelingshoofd');
      await api.completeSideTasks(running.id);
      const file = await api.file(running.id);
      expect(file.process.status).toBe('completed');
      expect(file.process.definitionId).toBe(running.process.definitionId);
    });
  });
});

/** Rules as data: a policy owner changes the ban's duration in the model; new incidents get it, running ones keep theirs. */
describe('phone protocol: a ban duration changed in the model', () => {
  const clock = new TestClock(new Date('2026-07-01T09:00:00Z'));

  it('applies the new duration to new incidents only', async () => {
    const dir = processesWith({}); // a copy of the delivered models, edited below
    const secondThreat = async (api: ProtocolClient, day: string) => {
      const citizen = newCitizen();
      await api.phoneIncident(citizen, 'threat', new Date(`${day}T08:00:00Z`));
      return api.phoneIncident(citizen, 'threat', new Date(`${day}T09:00:00Z`));
    };
    const running = await withTestApp({ clock, processesDir: dir }, ({ api }) => secondThreat(api, '2026-07-01'));

    const edited = originalPhone.replace('<camunda:inputParameter name="banDuration">P6M</camunda:inputParameter>', '<camunda:inputParameter name="banDuration">P9M</camunda:inputParameter>');
    expect(edited).not.toBe(originalPhone);
    writeFileSync(join(dir, 'phone.bpmn'), edited);
    await withTestApp({ clock, processesDir: dir }, async ({ api }) => {
      const fresh = await secondThreat(api, '2026-07-01');
      expect((await api.file(fresh.id)).bans).toEqual([expect.objectContaining({ duration: 'P9M' })]);
      expect((await api.file(running.id)).bans).toEqual([expect.objectContaining({ duration: 'P6M' })]);
    });
  });
});
