import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

/** The process diagrams of an incident, with its progress, for the roles that read its file. */
describe('API: the diagram of an incident', () => {
  const app = useTestApp();

  it('gives each instance the exact model version it runs, with the steps done, waiting and overdue', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'threat', new Date(app.t.clock.now().getTime() - 3_600_000));
    const head = await app.api.as('afdelingshoofd');
    const url = `/api/incidents/${incident.id}/diagram`;

    const { body } = await app.t.http().get(url).set(head).expect(200);
    const definitionOf = (instance: { definitionId: string }) => body.definitions.find((d: { id: string }) => d.id === instance.definitionId);
    const [root, ...subs] = body.instances;
    expect(root).toEqual(expect.objectContaining({ id: incident.processInstanceId, parentInstanceId: null, status: 'waiting', failed: [] }));
    expect(definitionOf(root)).toEqual(expect.objectContaining({ key: 'phone', version: expect.any(Number), xml: expect.stringContaining('<bpmn:process id="phone"') }));
    expect(root.done).toEqual(expect.arrayContaining(['reported', 'fork_all', 'gw_kind', 'fork_b', 'recidive_b', 'gw_b_repeat']));
    expect(root.waiting).toEqual(expect.arrayContaining(['register_gir', 'team_meeting', 'police_report_b', 'letter_tc3']));
    expect(root.waiting).not.toContain('recidive_b');

    const letter = subs.find((i: { definitionId: string }) => definitionOf(i).key === 'letter');
    expect(letter).toEqual(expect.objectContaining({ parentInstanceId: root.id, done: expect.arrayContaining(['letter_start', 'render']), waiting: ['sign'], overdue: [] }));
    const police = subs.find((i: { definitionId: string }) => definitionOf(i).key === 'police-report');
    expect(police.waiting).toEqual(expect.arrayContaining(['police_report', 'police_report_overdue']));

    // A day later the signature (P2D) is not yet late; the police report (24 hours after the incident) is.
    app.t.clock.advance('PT24H');
    const later = (await app.t.http().get(url).set(head).expect(200)).body;
    const policeLater = later.instances.find((i: { id: string }) => i.id === police.id);
    expect(policeLater.overdue).toContain('police_report');
    expect(later.instances.find((i: { id: string }) => i.id === letter.id).overdue).toEqual([]);

    // Signing finishes the letter: its steps are done and it waits on nothing.
    await app.api.completeAt(incident.id, 'sign:TC3', { decision: 'approve' }, 'afdelingshoofd');
    const signed = (await app.t.http().get(url).set(head).expect(200)).body;
    const letterSigned = signed.instances.find((i: { id: string }) => i.id === letter.id);
    expect(letterSigned).toEqual(expect.objectContaining({ status: 'completed', waiting: [], done: expect.arrayContaining(['sign', 'gw_signed', 'finalize', 'letter_final']) }));
    const rootSigned = signed.instances.find((i: { id: string }) => i.id === root.id);
    expect(rootSigned.done).toEqual(expect.arrayContaining(['letter_tc3', 'end_tc3']));
    expect(rootSigned.waiting).not.toContain('letter_tc3');
  });

  it('is under the incident-file rule: a reception, a policy owner and a team lead of another team may not, and an unknown incident is 404', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'insult', new Date());
    const url = `/api/incidents/${incident.id}/diagram`;
    await app.t.http().get(url).expect(401);
    await app.t.http().get(url).set(await app.api.as('receptie')).expect(403);
    await app.t.http().get(url).set(await app.api.as('beleid')).expect(403);
    // Rik Vos leads Publiekszaken; Sanne de Boer, who reported it, works at the Klantcontactcentrum.
    await app.t.http().get(url).set(await app.api.as('eerstemedewerker')).expect(403);
    for (const reader of ['medewerker', 'afdelingshoofd', 'college', 'pno', 'beheer']) {
      await app.t.http().get(url).set(await app.api.as(reader)).expect(200);
    }
    // The deployed models as such stay the policy owner's.
    await app.t.http().get('/api/process-models').set(await app.api.as('afdelingshoofd')).expect(403);
    await app.t.http().get('/api/incidents/00000000-0000-4000-8000-000000000000/diagram').set(await app.api.as('afdelingshoofd')).expect(404);
  });
});
