import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placed } from '../support/model-edits';
import { PROCESSES, processesWith } from '../support/processes-dir';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

/** A counter model whose first step drafts a letter, so that a citizen without an address stops its start. */
function counterStartingWithALetter(): string {
  const xml = readFileSync(join(PROCESSES, 'counter.bpmn'), 'utf8')
    .replace('<bpmn:sequenceFlow id="f_start" sourceRef="reported" targetRef="fork_all" />', '<bpmn:sequenceFlow id="f_start" sourceRef="reported" targetRef="early_letter" /><bpmn:sequenceFlow id="f_early" sourceRef="early_letter" targetRef="fork_all" />')
    .replace(
      '<bpmn:parallelGateway id="fork_all" name="Gelijktijdig">\n      <bpmn:incoming>f_start</bpmn:incoming>',
      `<bpmn:serviceTask id="early_letter" name="Brief opstellen" camunda:type="external" camunda:topic="letters.render">
      <bpmn:extensionElements><camunda:inputOutput>
        <camunda:inputParameter name="code">BD3</camunda:inputParameter>
        <camunda:inputParameter name="subject">Waarschuwing</camunda:inputParameter>
        <camunda:inputParameter name="signer">department-head</camunda:inputParameter>
      </camunda:inputOutput></bpmn:extensionElements>
      <bpmn:incoming>f_start</bpmn:incoming><bpmn:outgoing>f_early</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:parallelGateway id="fork_all" name="Gelijktijdig">
      <bpmn:incoming>f_early</bpmn:incoming>`,
    );
  return placed(xml, { early_letter: [100, 1600, 100, 80] }, { f_early: [[150, 1600], [225, 95]] });
}

/** What a reporter filled in is never lost when the protocol cannot start: the retry completes it. */
describe('API: a report whose protocol cannot start yet', () => {
  const app = useTestApp(() => ({ processesDir: processesWith({ 'counter.bpmn': counterStartingWithALetter() }) }));

  it('keeps the on-the-spot steps until the retry opens their task, then completes it for the reporter', async () => {
    const steps = { steps: [{ step: 'addressed', at: new Date(Date.now() - 3500_000).toISOString() }], outcome: 'left' };
    const res = await app.t
      .http()
      .post('/api/incidents')
      .set(await app.api.as('medewerker'))
      .send({
        channel: 'counter',
        category: 'I',
        behaviour: 'house-rules',
        occurredAt: new Date(Date.now() - 3600_000).toISOString(),
        location: 'Publiekshal',
        description: 'Weigerde de hal te verlaten.',
        citizen: newCitizen({ streetAddress: undefined, postalCode: undefined, city: undefined }),
        onSiteSteps: steps,
      });
    expect(res.status).toBe(201);
    const failed = await app.api.file(res.body.id);
    expect(failed.process.status).toBe('failed');
    expect(failed.tasks).toEqual([]);
    expect(failed.timeline.map((e: any) => e.summary)).toContain('"Stappen ter plekke vastleggen" bewaard tot het proces kan starten');

    const head = await app.api.as('afdelingshoofd');
    await app.t.http().patch(`/api/citizens/${failed.citizen.id}`).set(head).send({ streetAddress: 'Kerkplein 3', postalCode: '1234 AB', city: 'Voorbeeldstad' }).expect(200);
    const retry = await app.t.http().post(`/api/process-instances/${res.body.processInstanceId}/retry`).set(head);
    expect(retry.body).toMatchObject({ status: 'waiting' });

    const file = await app.api.file(res.body.id);
    expect(file.tasks.find((t: any) => t.elementId === 'on_site_steps')).toMatchObject({ status: 'completed', form: steps });
    const completed = file.timeline.find((e: any) => e.type === 'task-completed');
    expect(completed.actorName).toBe(failed.timeline.find((e: any) => e.type === 'reported').actorName);
  });
});
