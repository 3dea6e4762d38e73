import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateTags } from '@ap/letters';
import { placed } from '../support/model-edits';
import { PROCESSES, processesWith } from '../support/processes-dir';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { withTestApp } from '../support/use-test-app';
import { readLetterModels, TEMPLATE_CODES, TEMPLATES_DIR } from './letter-models';

/** Rules as data: the letters name the recidive window the model used for the incident, not a fixed "six months". */
describe('letters: the recidive window', () => {
  const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));

  it('is the window of the model: 6 months as delivered, 3 months once the policy owner changes it', async () => {
    await withTestApp({ clock }, async ({ api }) => {
      const file = await api.writtenIncident(newCitizen(), 'B', '2026-03-02T08:00:00Z');
      expect(await api.letterText(file.id, 'SrC2')).toContain('Bedreigt u binnen 6 maanden opnieuw een medewerker van de gemeente');
    });

    const written = readFileSync(join(PROCESSES, 'written.bpmn'), 'utf8');
    const threatWindow = /(<camunda:inputParameter name="kind">schriftelijk-B<\/camunda:inputParameter>\s*<camunda:inputParameter name="window">)P6M</;
    expect(written).toMatch(threatWindow);
    await withTestApp({ clock, processesDir: processesWith({ 'written.bpmn': written.replace(threatWindow, '$1P3M<') }) }, async ({ api }) => {
      const citizen = newCitizen();
      const first = await api.writtenIncident(citizen, 'B', '2026-03-02T08:10:00Z');
      const src2 = await api.letterText(first.id, 'SrC2');
      expect(src2).toContain('Bedreigt u binnen 3 maanden opnieuw een medewerker van de gemeente');
      expect(src2).not.toContain('6 maanden');

      // The ban decision is drafted two sub-processes down (access-ban, then letter); the window reaches it too.
      clock.set('2026-05-04T09:00:00Z');
      const second = await api.writtenIncident(citizen, 'B', '2026-05-04T08:00:00Z');
      expect(second.isRepeat).toBe(true);
      const src3 = await api.letterText(second.id, 'SrC3');
      expect(src3).toContain('Dit is binnen 3 maanden de tweede keer dat u een medewerker van de gemeente schriftelijk bedreigt');
      expect(src3).toContain('u binnen 3 maanden opnieuw een medewerker heeft bedreigd');
    });
  });

  it('fails the letter naming recidive.termijn when a model drafts it without determining recidive', async () => {
    // A policy owner's model that sends warning TC3 without a recidive step first.
    const withoutRecidive = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="outside-hours-definitions" targetNamespace="urn:agressieprotocol:processes">
  <bpmn:process id="outside-hours" name="Buiten werktijd, zonder recidivebepaling" isExecutable="true">
    <bpmn:startEvent id="reported" name="Gemeld"><bpmn:extensionElements><camunda:properties><camunda:property name="start bij" value="channel=outside-hours" /></camunda:properties></bpmn:extensionElements><bpmn:outgoing>f_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:callActivity id="warning" name="Waarschuwing TC3" calledElement="letter">
      <bpmn:extensionElements>
        <camunda:inputOutput>
          <camunda:inputParameter name="code">TC3</camunda:inputParameter>
          <camunda:inputParameter name="subject">Waarschuwing</camunda:inputParameter>
          <camunda:inputParameter name="signer">department-head</camunda:inputParameter>
        </camunda:inputOutput>
      </bpmn:extensionElements>
      <bpmn:incoming>f_1</bpmn:incoming>
      <bpmn:outgoing>f_2</bpmn:outgoing>
    </bpmn:callActivity>
    <bpmn:endEvent id="done" name="Verstuurd"><bpmn:incoming>f_2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f_1" sourceRef="reported" targetRef="warning" />
    <bpmn:sequenceFlow id="f_2" sourceRef="warning" targetRef="done" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="outside-hours"></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
    const drawn = placed(withoutRecidive, { reported: [100, 100, 36, 36], warning: [200, 78, 100, 80], done: [360, 100, 36, 36] }, { f_1: [[136, 118], [200, 118]], f_2: [[300, 118], [360, 118]] });
    clock.set('2026-05-05T09:00:00Z');
    await withTestApp({ clock, processesDir: processesWith({ 'outside-hours.bpmn': drawn }) }, async ({ api }) => {
      const incident = await api.report({
        channel: 'outside-hours',
        category: 'II',
        behaviour: 'threat',
        occurredAt: '2026-05-04T19:00:00Z',
        location: 'de supermarkt aan de Dorpsstraat',
        description: 'De man dreigde de medewerker in de supermarkt.',
        citizen: newCitizen(),
      });
      expect(incident.letters).toEqual([]);
      expect(incident.problems).toEqual([expect.objectContaining({ processKey: 'letter', failure: expect.objectContaining({ elementId: 'render' }) })]);
      expect(incident.problems[0].failure.message).toBe('brief TC3: ontbrekende gegevens: recidive.termijn');
    });
  });
});

/** The window is known only after the model's recidive step, so a letter names it only where that step comes first. */
describe('letters: naming the recidive window', () => {
  it('is done only by letters that every model drafts after its recidive step', async () => {
    const models = await readLetterModels();
    const naming = TEMPLATE_CODES.filter((code) => templateTags(readFileSync(join(TEMPLATES_DIR, `${code}.docx`))).includes('recidive.termijn'));
    expect(naming.length).toBeGreaterThan(0);
    expect(models.uses.filter((use) => naming.includes(use.code) && !models.afterRecidive(use)).map((use) => `${use.code} (${use.process}: ${use.call})`)).toEqual([]);
    // BW1 goes out alongside the recidive step of outside-hours, not after it, so it cannot name the window.
    expect(models.uses.filter((use) => use.code === 'BW1').map((use) => models.afterRecidive(use))).toEqual([false]);
  });
});
