import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { withTestApp } from '../support/use-test-app';

/** What is waiting lives in the database, not in a process: restarts and races do not change the outcome. */
describe('phone protocol: durability', () => {
  const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));

  it('finds a waiting task after a restart and completes the process on the new instance', async () => {
    const incident = await withTestApp({ clock }, ({ api }) => api.phoneIncident(newCitizen(), 'insult', new Date('2026-03-02T08:00:00Z')));

    await withTestApp({ clock }, async ({ api }) => {
      expect(await api.openElements(incident.id)).toEqual(['register_gir', 'sign:TC1', 'team_meeting']);
      await api.completeAt(incident.id, 'sign:TC1', { decision: 'approve' }, 'afdelingshoofd');
      await api.completeSideTasks(incident.id);
      const file = await api.file(incident.id);
      expect(file.process.status).toBe('completed');
      expect(file.letters).toEqual([expect.objectContaining({ code: 'TC1', status: 'final' })]);
    });
  });

  it('lets exactly one of two simultaneous completions of a task through; the other gets 409', async () => {
    await withTestApp({ clock }, async ({ api }) => {
      const incident = await api.phoneIncident(newCitizen(), 'threat', new Date('2026-03-02T08:00:00Z'));
      const task = await api.task(incident.id, 'sign:TC3', 'afdelingshoofd');
      const results = await Promise.all([
        api.complete(task.id, { decision: 'approve' }, 'afdelingshoofd'),
        api.complete(task.id, { decision: 'approve' }, 'afdelingshoofd'),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(results.find((r) => r.status === 409)!.body.message).toMatch(/al afgerond/);
      const file = await api.file(incident.id);
      expect(file.letters.filter((l: any) => l.status === 'final')).toHaveLength(1);
      expect(file.timeline.filter((e: any) => e.type === 'letter-final')).toHaveLength(1);

      // A completed task stays completed for anyone who tries later.
      const late = await api.complete(task.id, { decision: 'reject', comment: 'te laat' }, 'afdelingshoofd');
      expect(late.status).toBe(409);
    });
  });

  it('runs several tasks of one instance completed at once one after the other, losing none', async () => {
    await withTestApp({ clock }, async ({ api }) => {
      const incident = await api.phoneIncident(newCitizen(), 'threat', new Date('2026-03-02T08:00:00Z'));
      const [sign, gir, meeting] = await Promise.all([
        api.task(incident.id, 'sign:TC3', 'afdelingshoofd'),
        api.task(incident.id, 'register_gir', 'pno'),
        api.task(incident.id, 'team_meeting', 'afdelingshoofd'),
      ]);
      const results = await Promise.all([
        api.complete(sign.id, { decision: 'approve' }, 'afdelingshoofd'),
        api.complete(gir.id, {}, 'pno'),
        api.complete(meeting.id, {}, 'afdelingshoofd'),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      // What is left is the police report and the aftercare; the letter is final.
      expect(await api.openElements(incident.id)).toEqual(['company_doctor', 'first_conversation', 'police_report']);
      const file = await api.file(incident.id);
      expect(file.letters).toEqual([expect.objectContaining({ code: 'TC3', status: 'final' })]);
      expect(file.tasks.filter((task: any) => task.status === 'completed').map((task: any) => task.elementId).sort()).toEqual(['register_gir', 'sign', 'team_meeting']);
    });
  });
});
