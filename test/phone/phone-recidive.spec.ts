import { createHash } from 'node:crypto';
import { formatDutchDate } from '@ap/common';
import { docxText } from '../support/docx-text';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/**
 * Phone protocol, path B (threat), through the HTTP API: warning TC3 the first time, access ban TC4
 * the second time within six months, and the recidive window counted from each incident.
 */
describe('phone protocol: threats and the recidive window', () => {
  const clock = new TestClock(new Date('2026-01-12T09:00:00Z'));
  const app = useTestApp({ clock });

  it('warns with TC3 the first time and bans with TC4 for 6 months the second time', async () => {
    const citizen = newCitizen();

    // First threat: the department head signs warning TC3.
    const first = await app.api.phoneIncident(citizen, 'threat', new Date('2026-01-12T08:30:00Z'));
    expect(first.process.status).toBe('waiting');
    expect(await app.api.openElements(first.id)).toEqual(['company_doctor', 'first_conversation', 'police_report', 'register_gir', 'sign:TC3', 'team_meeting']);
    const policeTask = await app.api.task(first.id, 'police_report', 'medewerker');
    expect(policeTask.dueAt).toBe('2026-01-13T08:30:00.000Z'); // 24 hours after the incident

    const signTc3 = await app.api.task(first.id, 'sign:TC3', 'afdelingshoofd');
    expect(signTc3.candidateGroups).toEqual(['department-head']);
    expect(signTc3.form.key).toBe('letter-signing');
    const draft = (await app.api.file(first.id)).letters[0];
    expect(draft).toMatchObject({ code: 'TC3', status: 'draft', id: signTc3.input.letterId });
    expect(docxText(await app.api.letterDocx(draft.id))).toContain('CONCEPT');

    await app.api.completeAt(first.id, 'sign:TC3', { decision: 'approve' }, 'afdelingshoofd');
    let file = await app.api.file(first.id);
    const tc3 = file.letters.find((l: any) => l.code === 'TC3');
    expect(tc3.status).toBe('final');
    const tc3Docx = await app.api.letterDocx(tc3.id);
    expect(createHash('sha256').update(tc3Docx).digest('hex')).toBe(tc3.sha256);
    expect(tc3.templateHash).toMatch(/^[0-9a-f]{64}$/);
    const tc3Text = docxText(tc3Docx);
    expect(tc3Text).toContain(citizen.name);
    expect(tc3Text).toContain('12 januari 2026');
    expect(tc3Text).toContain('Marieke Jansen');
    expect(tc3Text).not.toContain('CONCEPT');
    expect(tc3Text).not.toMatch(/undefined|\{|\}/);

    await app.api.filePoliceReport(first.id);
    await app.api.completeSideTasks(first.id);
    // Aftercare for the employee runs on for about four weeks; then the protocol is done.
    await app.driver.completeAll(first.id);
    expect((await app.api.file(first.id)).process.status).toBe('waiting');
    await app.driver.advanceTo('2026-02-10T09:00:00Z');
    await app.driver.completeAll(first.id);
    file = await app.api.file(first.id);
    expect(file.process.status).toBe('completed');
    expect(file.timeline.map((e: any) => e.type)).toEqual(
      expect.arrayContaining(['reported', 'recidive', 'letter-drafted', 'letter-approved', 'letter-final', 'police-report-filed', 'process-completed']),
    );

    // Second threat three months later: the college signs TC4, a ban of six months from signing.
    clock.set('2026-04-12T10:00:00Z');
    const second = await app.api.phoneIncident(citizen, 'threat', new Date('2026-04-12T09:15:00Z'));
    expect(second.isRepeat).toBe(true);
    expect(second.bans).toEqual([expect.objectContaining({ status: 'proposed', duration: 'P6M' })]);
    const signTc4 = await app.api.task(second.id, 'sign:TC4', 'college');
    expect(signTc4.candidateGroups).toEqual(['college']);

    // Only the college signs a ban.
    const byHead = await app.api.complete(signTc4.id, { decision: 'approve' }, 'afdelingshoofd');
    expect(byHead.status).toBe(403);

    clock.set('2026-04-14T15:00:00Z');
    await app.api.completeAt(second.id, 'sign:TC4', { decision: 'approve' }, 'college');
    file = await app.api.file(second.id);
    const ban = file.bans[0];
    expect(ban).toMatchObject({ status: 'active', startsOn: '2026-04-14', endsOn: '2026-10-14', scope: 'alle gebouwen van de gemeente' });
    const tc4 = file.letters.find((l: any) => l.code === 'TC4');
    expect(tc4.status).toBe('final');
    expect(ban.letterId).toBe(tc4.id);
    const tc4Text = docxText(await app.api.letterDocx(tc4.id));
    expect(tc4Text).toContain(citizen.name);
    expect(tc4Text).toContain('12 april 2026');
    expect(tc4Text).toContain(formatDutchDate('2026-10-14'));
    expect(tc4Text).toContain('A.B. Bakker');
    expect(tc4Text).not.toMatch(/undefined|\{|\}/);

    // The ban is announced: copies to directie, police and Publiekscontacten signed by the department head,
    // the receptions' letter by Publiekscontacten, and a message to receptions.
    const open = await app.api.openElements(second.id);
    expect(open).toEqual(expect.arrayContaining(['sign:TVA', 'sign:TVD', 'sign:TVP', 'sign:TVR']));
    expect((await app.api.task(second.id, 'sign:TVR', 'publiekscontacten')).candidateGroups).toEqual(['public-contacts-head']);
    const messages = await app.t.http().get('/api/notifications').set(await app.api.as('receptie')).expect(200);
    expect(messages.body.some((n: any) => n.incidentId === second.id && n.body.includes('tot en met 14 oktober 2026'))).toBe(true);

    // Reception finds the ban by name and date of birth, while it lasts.
    const reception = await app.api.as('receptie');
    const found = await app.t.http().get('/api/bans/lookup').query({ name: citizen.name.toUpperCase(), dateOfBirth: citizen.dateOfBirth }).set(reception).expect(200);
    expect(found.body).toMatchObject({ banned: true });
    // What to do comes from the access-ban model, with the ban's scope and last day (5.1 B, 7.2).
    expect(found.body.bans).toEqual([
      expect.objectContaining({
        id: ban.id,
        scope: 'alle gebouwen van de gemeente',
        endsOn: '2026-10-14',
        instruction: expect.stringContaining('wederrechtelijk: schakel meteen de politie in'),
        incidentReference: second.reference,
        dateOfBirth: citizen.dateOfBirth,
      }),
    ]);
    const onLastDay = await app.t.http().get('/api/bans/lookup').query({ name: citizen.name, date: '2026-10-14' }).set(reception).expect(200);
    expect(onLastDay.body.bans).toHaveLength(1);
    const afterwards = await app.t.http().get('/api/bans/lookup').query({ name: citizen.name, date: '2026-10-15' }).set(reception).expect(200);
    expect(afterwards.body.bans).toHaveLength(0);
    const otherPerson = await app.t.http().get('/api/bans/lookup').query({ name: citizen.name, dateOfBirth: '1990-01-01' }).set(reception).expect(200);
    expect(otherPerson.body.bans).toHaveLength(0);

    // The copies carry the ban's dates.
    await app.driver.completeAll(second.id);
    const tvr = (await app.api.file(second.id)).letters.find((l: any) => l.code === 'TVR');
    expect(tvr.status).toBe('final');
    expect(docxText(await app.api.letterDocx(tvr.id))).toContain(formatDutchDate('2026-10-14'));

    // A third threat 7 months after the first but 4 months after the second is a repeat again.
    clock.set('2026-08-12T10:00:00Z');
    const third = await app.api.phoneIncident(citizen, 'threat', new Date('2026-08-12T09:00:00Z'));
    expect(third.isRepeat).toBe(true);
    expect(await app.api.openElements(third.id)).toContain('sign:TC4');

    // The ban ends by itself after its last day; the register keeps it as ended.
    await app.driver.advanceTo('2026-10-14T21:59:00Z');
    expect((await app.api.file(second.id)).bans[0].status).toBe('active');
    await app.driver.advanceTo('2026-10-14T22:00:00Z'); // midnight in Amsterdam
    const ended = await app.api.file(second.id);
    expect(ended.bans[0]).toMatchObject({ status: 'ended', endsOn: '2026-10-14' });
    expect(ended.timeline.map((e: any) => e.type)).toContain('ban-ended');
  });

  it('counts a threat after 7 months with nothing in between as a first time', async () => {
    const citizen = newCitizen();
    clock.set('2026-01-20T10:00:00Z');
    await app.api.phoneIncident(citizen, 'threat', new Date('2026-01-20T09:00:00Z'));
    clock.set('2026-08-20T10:00:00Z');
    const later = await app.api.phoneIncident(citizen, 'threat', new Date('2026-08-20T09:00:00Z'));
    expect(later.isRepeat).toBe(false);
    expect(await app.api.openElements(later.id)).toContain('sign:TC3');
    expect(later.letters.map((l: any) => l.code)).toEqual(['TC3']);
  });

  it('keeps insults (path A) apart from threats: TC1, then TC2 on a repeat', async () => {
    const citizen = newCitizen();
    clock.set('2026-02-01T10:00:00Z');
    const threat = await app.api.phoneIncident(citizen, 'threat', new Date('2026-02-01T09:00:00Z'));
    expect(threat.letters.map((l: any) => l.code)).toEqual(['TC3']);
    const insult = await app.api.phoneIncident(citizen, 'insult', new Date('2026-02-01T09:30:00Z'));
    expect(insult.isRepeat).toBe(false);
    expect(insult.letters.map((l: any) => l.code)).toEqual(['TC1']);
    expect(await app.api.openElements(insult.id)).toEqual(['register_gir', 'sign:TC1', 'team_meeting']);
    clock.set('2026-03-01T10:00:00Z');
    const again = await app.api.phoneIncident(citizen, 'insult', new Date('2026-03-01T09:00:00Z'));
    expect(again.isRepeat).toBe(true);
    expect(again.letters.map((l: any) => l.code)).toEqual(['TC2']);
  });
});
