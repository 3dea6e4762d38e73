import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '@ap/persistence';
import { InstanceRunner, SYSTEM_ACTOR, TimerScheduler } from '@ap/workflow-runtime';
import { processesWith } from '../support/processes-dir';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { createTestApp } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';

const embedded = Boolean(process.env.TEST_DB_EMBEDDED);
// The embedded database serves one process, so there the two schedulers share it and fewer timers show
// the same; the PostgreSQL server gets the load from two service instances. How fast timers fire is
// measured in the benchmarks (figure 6, 10,000 timers), not here.
const COUNT = embedded ? 100 : 400;

/**
 * Durable timers under load: many timers due at one moment, fired by the schedulers of two service
 * instances on one database (on the embedded database, which serves one process, two schedulers in
 * one), each exactly once; and a timer two years ahead fires then and not before.
 */
describe('durable timers at scale', () => {
  const clock = new TestClock(new Date('2027-03-01T09:00:00Z'));
  const dir = processesWith({ 'outside-hours.bpmn': readFileSync(join(__dirname, 'fixtures/outside-hours.bpmn'), 'utf8') });
  const app = useTestApp({ clock, processesDir: dir });
  let incidentId: string;

  beforeAll(async () => {
    // The fixture's instances hang off one incident, whose timeline then shows every firing.
    incidentId = (await app.api.report({
      channel: 'phone',
      category: 'I',
      behaviour: 'insult',
      occurredAt: clock.now().toISOString(),
      location: 'Klantcontactcentrum',
      description: 'Drager van de proef met veel termijnen.',
      citizen: newCitizen(),
    })).id;
  });

  const startWaiting = async (count: number, dueAt: string): Promise<string[]> => {
    const ids: string[] = [];
    const instances = app.t.app.get(InstanceRunner);
    for (let batch = 0; batch < count; batch += 100) {
      await app.t.app.get(Database).transaction(async (uow) => {
        for (let i = batch; i < Math.min(count, batch + 100); i++) ids.push((await instances.start(uow, 'outside-hours', incidentId, { dueAt }, SYSTEM_ACTOR, null)).id);
      });
    }
    return ids;
  };
  const query = (sql: string, params: unknown[]) => app.t.app.get(Database).read((uow) => uow.query(sql, params));

  it(`fires ${COUNT.toLocaleString('en')} timers due at the same moment exactly once each`, async () => {
    const ids = await startWaiting(COUNT, '2027-03-01T10:00:00Z');
    clock.set('2027-03-01T10:00:00Z');

    const started = Date.now();
    const other = embedded ? null : await createTestApp({ clock, processesDir: dir, timerPollMs: 10 });
    try {
      const schedulers: TimerScheduler[] = [app.t.app.get(TimerScheduler), (other ?? app.t).app.get(TimerScheduler)];
      // Each scheduler drains in rounds, as its polling loop would, until nothing is due.
      const counts = await Promise.all(
        schedulers.map(async (scheduler) => {
          let fired = 0;
          for (let round = 0; round < 50; round++) {
            const now = await scheduler.fireDue(100);
            fired += now;
            if (now === 0) {
              const [{ left }] = await query(`SELECT count(*)::int AS left FROM process_timers WHERE instance_id = ANY($1) AND status = 'scheduled'`, [ids]);
              if (left === 0) break;
            }
          }
          return fired;
        }),
      );
      // The second instance's own polling loop fires some too; the database below is what counts.
      console.log(`${COUNT} timers fired in ${Date.now() - started} ms; by the two schedulers driven here: ${counts.join(' + ')}`);
    } finally {
      await other?.close();
    }

    const timers = await query(`SELECT status, count(*)::int AS n FROM process_timers WHERE instance_id = ANY($1) GROUP BY status`, [ids]);
    expect(timers).toEqual([{ status: 'fired', n: COUNT }]);
    const tasks = await query(`SELECT instance_id, count(*)::int AS n FROM user_tasks WHERE instance_id = ANY($1) GROUP BY instance_id`, [ids]);
    expect(tasks).toHaveLength(COUNT);
    expect(tasks.filter((row: any) => row.n !== 1)).toEqual([]);
    const [{ firings }] = await query(`SELECT count(*)::int AS firings FROM timeline_events WHERE incident_id = $1 AND type = 'timer-fired'`, [incidentId]);
    expect(firings).toBe(COUNT);
  }, 240_000);

  it('keeps a timer two years ahead, and fires it when it falls due', async () => {
    const [id] = await startWaiting(1, '2029-03-01T10:00:00Z');
    const [timer] = await query(`SELECT due_at FROM process_timers WHERE instance_id = $1`, [id]);
    expect(new Date(timer.due_at).toISOString()).toBe('2029-03-01T10:00:00.000Z');
    clock.set('2029-03-01T09:59:00Z');
    await app.t.app.get(TimerScheduler).fireDue();
    expect(await query(`SELECT element_id FROM user_tasks WHERE instance_id = $1`, [id])).toEqual([]);
    clock.set('2029-03-01T10:00:00Z');
    await app.t.app.get(TimerScheduler).fireDue();
    expect(await query(`SELECT element_id FROM user_tasks WHERE instance_id = $1`, [id])).toEqual([{ element_id: 'after' }]);
  });
});
