import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newCitizen, ProtocolClient } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { createTestApp } from '../support/test-app';

const original = readFileSync(join(__dirname, '../../processes/phone.bpmn'), 'utf8');

/** A policy owner's edit becomes a new version; incidents under way finish on the version they began with. */
describe('phone protocol: model versions', () => {
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));

  it('starts new incidents on the edited model and finishes running ones on their own version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'processes-'));
    writeFileSync(join(dir, 'phone.bpmn'), original);
    const before = await createTestApp({ clock, processesDir: dir });
    const running = await new ProtocolClient(before).phoneIncident(newCitizen(), 'insult', new Date('2026-06-01T08:00:00Z'));
    await before.close();

    const edited = original
      .replace('name="Waarschuwingsbrief beoordelen en ondertekenen" camunda:candidateGroups="department-head" camunda:formKey="letter-signing" camunda:dueDate="P2D"', 'name="Waarschuwing ondertekenen" camunda:candidateGroups="department-head" camunda:formKey="letter-signing" camunda:dueDate="P9D"');
    expect(edited).not.toBe(original);
    writeFileSync(join(dir, 'phone.bpmn'), edited);
    const after = await createTestApp({ clock, processesDir: dir });
    try {
      const api = new ProtocolClient(after);
      const policy = await api.as('beleid');
      const versions = (await after.http().get('/api/process-definitions').set(policy).expect(200)).body.filter((d: any) => d.key === 'phone');
      expect(versions.length).toBeGreaterThanOrEqual(2);

      const fresh = await api.phoneIncident(newCitizen(), 'insult', new Date('2026-06-01T08:30:00Z'));
      const head = await api.as('afdelingshoofd');
      const versionOf = async (incident: any) =>
        (await after.http().get(`/api/process-instances/${incident.process.id}`).set(head).expect(200)).body.definition.version;
      expect(await versionOf(fresh)).toBe((await versionOf(running)) + 1);

      const newTask = await api.task(fresh.id, 'sign_a', 'afdelingshoofd');
      expect(newTask.name).toBe('Waarschuwing ondertekenen');
      expect(newTask.dueAt).toBe('2026-06-10T09:00:00.000Z');
      const oldTask = await api.task(running.id, 'sign_a', 'afdelingshoofd');
      expect(oldTask.name).toBe('Waarschuwingsbrief beoordelen en ondertekenen');

      await api.completeAt(running.id, 'sign_a', { decision: 'approve' }, 'afdelingshoofd');
      await api.completeSideTasks(running.id);
      const file = await api.file(running.id);
      expect(file.process.status).toBe('completed');
      expect(file.process.definitionId).toBe(running.process.definitionId);
    } finally {
      await after.close();
    }
  });
});
