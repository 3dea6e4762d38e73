import { Database } from '@ap/persistence';
import { RetentionJob, RetentionRun } from '@ap/protocol';
import { findInDatabase } from '../support/database-search';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { createTestApp } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';
import { auditLines, incidentsPerChannelAndMonth, PNG } from './privacy-support';

// The embedded database serves one process: there the two runs share the one service instance.
const embedded = Boolean(process.env.TEST_DB_EMBEDDED);

const total = (runs: RetentionRun[], kind: keyof RetentionRun) => runs.reduce((sum, run) => sum + run[kind], 0);

/**
 * The retention job, through HTTP and the database below it: what has been kept for its period is
 * anonymised once, by whichever of two service processes gets to it, each removal in the audit trail;
 * what is still needed stays, and so do the counts.
 */
describe('retention', () => {
  const clock = new TestClock(new Date('2026-01-12T09:00:00Z'));
  const app = useTestApp({ clock });
  const expired = newCitizen({ name: `Retentie Vlaskamp ${Math.random().toString(36).slice(2, 7)}` });
  const kept = newCitizen();

  it('anonymises a citizen whose retention has passed exactly once with two service processes, keeping the counts', async () => {
    const closed = await app.api.phoneIncident(expired, 'insult', new Date('2026-01-12T08:00:00Z'));
    await app.driver.completeAll(closed.id);
    expect((await app.api.file(closed.id)).process.status).toBe('completed');
    await app.t.http().put(`/api/citizens/${closed.citizen.id}/photo`).set(await app.api.as('afdelingshoofd')).set('Content-Type', 'image/png').send(PNG).expect(204);
    const open = await app.api.phoneIncident(kept, 'insult', new Date('2026-01-12T08:30:00Z'));
    const job = app.t.app.get(RetentionJob);

    // The next day: the photo goes, since no ban needs it (RETENTION_PHOTOS P0D); the file stays.
    clock.set('2026-01-13T09:00:00Z');
    expect(await job.run()).toMatchObject({ photos: 1, letters: 0, incidentFiles: 0, citizens: 0 });
    await app.t.http().get(`/api/citizens/${closed.citizen.id}/photo`).set(await app.api.as('afdelingshoofd')).expect(404);
    expect(await auditLines(app, 'retention-removed', closed.citizen.id)).toEqual([expect.objectContaining({ actor: 'bewaartermijn', details: { kind: 'photo', retention: 'P0D' } })]);
    expect((await app.api.file(closed.id)).citizen.name).toBe(expired.name);

    // Five years after the file closed (RETENTION_* P5Y), two service processes run the job at once.
    clock.set('2031-01-12T09:00:00Z');
    const counts = await incidentsPerChannelAndMonth(app);
    const facets = (await app.t.http().get('/api/incidents/facets').set(await app.api.as('afdelingshoofd')).expect(200)).body;
    const other = embedded ? null : await createTestApp({ clock });
    let runs: RetentionRun[];
    try {
      runs = await Promise.all([job.run(), (other ?? app.t).app.get(RetentionJob).run()]);
    } finally {
      await other?.close();
    }
    // Each part once, whichever process and step got to it: the file's letters and content on their own,
    // or with the citizen, whose erasure takes whatever of their files is left.
    const citizenLines = await auditLines(app, 'retention-removed', closed.citizen.id);
    expect(citizenLines.map((l) => l.details.kind)).toEqual(['photo', 'citizen']);
    const erasure = citizenLines[1].details as { letters: number; incidents: number };
    expect(total(runs, 'citizens')).toBe(1);
    expect(total(runs, 'letters') + erasure.letters).toBe(1);
    expect(total(runs, 'incidentFiles') + erasure.incidents).toBe(1);
    const fileLines = (await auditLines(app, 'retention-removed', closed.id)).map((l) => l.details.kind);
    expect(fileLines).toEqual([...(total(runs, 'letters') ? ['letters'] : []), ...(total(runs, 'incidentFiles') ? ['incident-file'] : [])]);
    // The audit lines say what and when, not what was removed.
    expect(await findInDatabase(app.t.app.get(Database), expired.name)).toEqual([]);
    expect(await findInDatabase(app.t.app.get(Database), 'De beller dreigde de medewerker')).toEqual(expect.arrayContaining(['"incidents"."description"']));

    // The counts are as they were; the file reads anonymised; the open incident's citizen is kept.
    expect(await incidentsPerChannelAndMonth(app)).toEqual(counts);
    expect((await app.t.http().get('/api/incidents/facets').set(await app.api.as('afdelingshoofd')).expect(200)).body).toEqual(facets);
    expect(await app.api.file(closed.id)).toMatchObject({ channel: 'phone', behaviour: 'insult', description: '[gewist]', citizen: expect.objectContaining({ name: '[gewist]' }) });
    expect((await app.api.file(open.id)).citizen.name).toBe(kept.name);

    // Done once: a later run finds nothing more.
    expect(await job.run()).toEqual({ photos: 0, letters: 0, incidentFiles: 0, citizens: 0, auditLines: 0 });
  });

  it('prunes the audit trail after its own retention, once, and records that it did', async () => {
    const db = app.t.app.get(Database);
    const [{ before }] = await db.read((uow) => uow.query(`SELECT count(*)::int AS before FROM audit_trail WHERE at < '2026-02-01'`));
    expect(before).toBeGreaterThan(0);
    // Seven years on (RETENTION_AUDIT_TRAIL P7Y) the lines of 2026 go; those of 2031 stay.
    clock.set('2033-01-14T09:00:00Z');
    const runs = await Promise.all([app.t.app.get(RetentionJob).run(), app.t.app.get(RetentionJob).run()]);
    expect(total(runs, 'auditLines')).toBe(before);
    const [{ left }] = await db.read((uow) => uow.query(`SELECT count(*)::int AS left FROM audit_trail WHERE at < '2026-02-01'`));
    expect(left).toBe(0);
    const pruned = await db.read((uow) => uow.query(`SELECT actor, details FROM audit_trail WHERE action = 'retention-removed' AND resource_type = 'audit-trail'`));
    expect(pruned).toEqual([{ actor: 'bewaartermijn', details: expect.objectContaining({ kind: 'audit-trail', lines: before, retention: 'P7Y' }) }]);
    expect((await db.read((uow) => uow.query(`SELECT count(*)::int AS n FROM audit_trail WHERE action = 'retention-removed' AND at >= '2031-01-01'`)))[0].n).toBeGreaterThan(0);
    // Outside the job the trail is still append-only.
    await expect(db.transaction((uow) => uow.query(`DELETE FROM audit_trail`))).rejects.toThrow(/append-only/);
  });
});
