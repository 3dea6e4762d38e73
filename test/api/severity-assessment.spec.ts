import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/**
 * 5.2: "De medewerker maakt samen met de eerste medewerker een inschatting van de ernst van de agressie".
 * The reporting employee and the team lead both see the assessment and either records it; the path it
 * picks follows.
 */
describe('written channel: the severity assessment is the employee\'s together with the team lead', () => {
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const app = useTestApp({ clock });

  const reportLetter = () =>
    app.api.report({
      channel: 'written',
      category: 'II',
      behaviour: 'threat',
      occurredAt: '2026-06-01T08:00:00Z',
      location: 'Postkamer, Markt 1',
      description: 'In zijn brief dreigde de schrijver de medewerker op te wachten.',
      citizen: newCitizen(),
    });

  it('the reporting employee sees it and completes it; the path follows', async () => {
    const incident = await reportLetter();
    const asEmployee = await app.api.task(incident.id, 'assess_severity', 'medewerker');
    const asTeamLead = await app.api.task(incident.id, 'assess_severity', 'eerstemedewerker');
    expect(asEmployee.id).toBe(asTeamLead.id);
    expect(asEmployee).toMatchObject({ candidateGroups: ['employee', 'team-lead'], restricted: false, form: { key: 'severity-assessment' } });

    await app.api.completeAt(incident.id, 'assess_severity', { path: 'B', explanation: 'Samen met Rik Vos: een bedreiging.' }, 'medewerker');
    const file = await app.api.file(incident.id);
    expect(file.tasks.find((t: any) => t.elementId === 'assess_severity')).toMatchObject({ status: 'completed', completedByName: 'Sanne de Boer' });
    expect(await app.api.openElements(incident.id)).toEqual(expect.arrayContaining(['police_report', 'sign:SrC2']));
  });

  it('the team lead completes it as well', async () => {
    const incident = await reportLetter();
    await app.api.completeAt(incident.id, 'assess_severity', { path: 'A', explanation: 'Samen met Sanne de Boer: schelden, geen bedreiging.' }, 'eerstemedewerker');
    expect(await app.api.openElements(incident.id)).toEqual(expect.arrayContaining(['inform_colleagues', 'sign:SrC1']));
  });

  it('is not for the department head, who signs the letter afterwards', async () => {
    const incident = await reportLetter();
    const res = await app.t.http().get('/api/tasks').query({ businessKey: incident.id }).set(await app.api.as('afdelingshoofd')).expect(200);
    expect(res.body.map((t: any) => t.elementId)).not.toContain('assess_severity');
  });
});
