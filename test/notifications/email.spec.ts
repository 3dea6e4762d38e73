import { Database } from '@ap/persistence';
import { MailOutbox } from '@ap/protocol';
import { TimerScheduler } from '@ap/workflow-runtime';
import { newCitizen } from '../support/protocol-client';
import { smtpSink } from '../support/smtp-sink';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/** Notifications reach people by e-mail as well as in the application when SMTP is configured. */
describe('notifications by e-mail', () => {
  const clock = new TestClock(new Date('2027-08-02T09:00:00Z'));
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  beforeAll(async () => {
    sink = await smtpSink();
  });
  const app = useTestApp(() => ({ clock, smtpUrl: sink.url }));
  afterAll(() => sink.close());

  // A second phone threat: its ban is announced to receptions, Publiekscontacten and employees.
  const banAnnounced = async () => {
    const citizen = newCitizen();
    await app.api.phoneIncident(citizen, 'threat', new Date(clock.now().getTime() - 3_600_000));
    const incident = await app.api.phoneIncident(citizen, 'threat', clock.now());
    await app.api.completeAt(incident.id, 'sign:TC4', { decision: 'approve' }, 'college');
    return incident;
  };
  const outbox = (incidentId: string) =>
    app.t.app.get(Database).read((uow) => uow.mailOutbox.find({ where: { incidentId }, order: { recipient: 'ASC' } }));

  it('mails everyone holding a notified role, once, after the step has committed', async () => {
    const incident = await banAnnounced();
    const rows = await outbox(incident.id);
    expect(rows.map((r) => r.recipient)).toEqual(['l.smit@voorbeeldstad.nl', 'r.vos@voorbeeldstad.nl', 's.deboer@voorbeeldstad.nl', 'y.elamrani@voorbeeldstad.nl']);
    expect(rows.every((r) => r.sentAt === null)).toBe(true);

    // Two senders at once, as two service processes would: each mail goes out once.
    const before = sink.received.length;
    const [a, b] = await Promise.all([app.t.app.get(MailOutbox).sendDue(), app.t.app.get(MailOutbox).sendDue()]);
    expect(a + b).toBe(4);
    const mails = sink.received.slice(before);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(rows.map((r) => r.recipient));
    expect(mails[0].data).toContain(`Subject: Toegangsverbod`);
    expect(mails[0].data).toContain(incident.reference);
    expect((await outbox(incident.id)).every((r) => r.sentAt !== null)).toBe(true);
    // Each mail's Message-ID is its outbox row's, so one sent again after a crash is the same message.
    expect(sink.messageIds().slice(before).sort()).toEqual(rows.map((r) => `<${r.id}@voorbeeldstad.nl>`).sort());
  });

  it('mails the colleague whom the contact task of a home visit is assigned to', async () => {
    const visit = await app.api.planHomeVisit('2027-08-02T13:00:00+02:00');
    await app.api.completeAt(visit.key, 'risk_assessment', { risk: 'low', considerations: 'Geen bijzonderheden.' }, 'medewerker');
    await app.api.completeAt(visit.key, 'two_person_decision', { twoPersons: false }, 'afdelingshoofd');
    await app.api.completeAt(visit.key, 'check_out', { colleague: 'eerstemedewerker', mobile: '06 12345678', expectedEnd: '2027-08-02T14:00:00+02:00' }, 'medewerker');
    clock.set('2027-08-02T12:30:00Z'); // not back 30 minutes after the expected end
    await app.t.app.get(TimerScheduler).fireDue();
    await app.api.task(visit.key, 'contact_employee', 'eerstemedewerker');

    const waiting = await app.t.app.get(Database).read((uow) => uow.mailOutbox.findBy({ recipient: 'r.vos@voorbeeldstad.nl' }));
    const mail = waiting.find((m) => m.sentAt === null);
    expect(mail).toMatchObject({ subject: expect.stringMatching(/^Taak voor u: /), incidentId: null });
    expect(mail!.body).toContain('Graag uiterlijk 2 augustus 2027 om');
    const before = sink.received.length;
    await app.t.app.get(MailOutbox).sendDue();
    expect(sink.received.slice(before).find((m) => m.to[0] === 'r.vos@voorbeeldstad.nl')?.data).toContain('Taak voor u');
  });

  it('keeps a mail the server refused and sends it on a later attempt', async () => {
    sink.state.refusing = true;
    const incident = await banAnnounced();
    expect(await app.t.app.get(MailOutbox).sendDue()).toBe(0);
    let rows = await outbox(incident.id);
    expect(rows.every((r) => r.sentAt === null && r.attempts === 1 && /451/.test(r.lastError ?? ''))).toBe(true);

    sink.state.refusing = false;
    expect(await app.t.app.get(MailOutbox).sendDue()).toBe(0); // not yet: the retry waits a minute
    // Only the clock: firing every timer due by then would let other suites' incidents mail too.
    clock.advance('PT1M');
    expect(await app.t.app.get(MailOutbox).sendDue()).toBe(4);
    rows = await outbox(incident.id);
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 2)).toBe(true);
  });
});
