import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from '../support/test-app';

const PROCESSES = join(__dirname, '../../processes');

function processesWith(file: string, xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'processes-'));
  cpSync(PROCESSES, dir, { recursive: true });
  writeFileSync(join(dir, file), xml);
  return dir;
}

const model = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="urn:test">
  <bpmn:process id="broken" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;

/** Why the product refused to start on the models in `dir`; null if it started. */
function startupError(dir: string): Promise<Error | null> {
  return createTestApp({ processesDir: dir }).then(
    async (t) => {
      await t.close();
      return null;
    },
    (err: Error) => err,
  );
}

/** A model the service cannot run stops the start-up, naming the file and what is wrong with it. */
describe('start-up with a broken model', () => {
  it('names the file and the XML error', async () => {
    const dir = processesWith('written.bpmn', '<bpmn:definitions><bpmn:process id="x"');
    await expect(createTestApp({ processesDir: dir })).rejects.toThrow(/written\.bpmn: Geen geldige BPMN-XML/);
  });

  it('names the file and each element that refers to something that does not exist', async () => {
    const dir = processesWith(
      'counter.bpmn',
      model(`
        <bpmn:startEvent id="s" />
        <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t" />
        <bpmn:serviceTask id="t" name="Brief maken" camunda:type="external" camunda:topic="letters.fax" />
        <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="u" />
        <bpmn:userTask id="u" name="Tekenen" camunda:candidateGroups="mayor" camunda:formKey="signature" />
        <bpmn:sequenceFlow id="f3" sourceRef="u" targetRef="e">
          <bpmn:conditionExpression xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="bpmn:tFormalExpression">= isRepeat = </bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:endEvent id="e" />`),
    );
    const error = await startupError(dir);
    expect(error).not.toBeNull();
    expect(error!.message).toContain('counter.bpmn');
    expect(error!.message).toContain('counter.bpmn: t: Servicetaak "Brief maken" gebruikt topic "letters.fax", dat geen dienst levert');
    expect(error!.message).toContain('counter.bpmn: u: Gebruikerstaak "Tekenen" noemt rol "mayor", die niet bestaat');
    expect(error!.message).toContain('counter.bpmn: u: Gebruikerstaak "Tekenen" gebruikt formulier "signature", dat niet bestaat');
    expect(error!.message).toMatch(/counter\.bpmn: f3: Verbinding: de voorwaarde "= isRepeat = " is geen geldige FEEL-expressie \(schrijffout op positie 11\)/);
  });

  it('names a call activity that calls a process no file defines', async () => {
    const dir = processesWith(
      'violence.bpmn',
      model(`
        <bpmn:startEvent id="s" />
        <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="c" />
        <bpmn:callActivity id="c" name="Nazorg" calledElement="nazorg" />
        <bpmn:sequenceFlow id="f2" sourceRef="c" targetRef="e" />
        <bpmn:endEvent id="e" />`),
    );
    await expect(createTestApp({ processesDir: dir })).rejects.toThrow(/violence\.bpmn: c: Aanroep "Nazorg" roept proces "nazorg" aan, dat niet bestaat/);
  });

  it('names each period that is not an ISO 8601 duration: a recidive window, a ban length, a timer, a due date', async () => {
    const dir = processesWith(
      'periods.bpmn',
      model(`
        <bpmn:startEvent id="s" />
        <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="r" />
        <bpmn:serviceTask id="r" name="Recidive" camunda:type="external" camunda:topic="protocol.recidive">
          <bpmn:extensionElements><camunda:inputOutput>
            <camunda:inputParameter name="kind">telefoon-B</camunda:inputParameter>
            <camunda:inputParameter name="window">6 maanden</camunda:inputParameter>
          </camunda:inputOutput></bpmn:extensionElements>
        </bpmn:serviceTask>
        <bpmn:sequenceFlow id="f2" sourceRef="r" targetRef="c" />
        <bpmn:callActivity id="c" name="Verbod" calledElement="access-ban">
          <bpmn:extensionElements><camunda:inputOutput>
            <camunda:inputParameter name="banDuration">een half jaar</camunda:inputParameter>
            <camunda:inputParameter name="minDuration">= if isRepeat then "P12M" else "P6M"</camunda:inputParameter>
          </camunda:inputOutput></bpmn:extensionElements>
        </bpmn:callActivity>
        <bpmn:sequenceFlow id="f3" sourceRef="c" targetRef="w" />
        <bpmn:intermediateCatchEvent id="w" name="Wachten">
          <bpmn:timerEventDefinition><bpmn:timeDuration xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="bpmn:tFormalExpression">30 minuten</bpmn:timeDuration></bpmn:timerEventDefinition>
        </bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="f4" sourceRef="w" targetRef="u" />
        <bpmn:userTask id="u" name="Bellen" camunda:candidateGroups="employee" camunda:dueDate="morgen" />
        <bpmn:sequenceFlow id="f5" sourceRef="u" targetRef="e" />
        <bpmn:endEvent id="e" />`),
    );
    const error = await startupError(dir);
    expect(error?.message).toContain('periods.bpmn');
    expect(error?.message).toContain('r: Servicetaak "Recidive": invoer "window" is "6 maanden", geen ISO 8601-duur zoals P6M of PT30M.');
    expect(error?.message).toContain('c: Aanroep "Verbod": invoer "banDuration" is "een half jaar"');
    expect(error?.message).not.toContain('minDuration');
    expect(error?.message).toContain('w: Tussengebeurtenis "Wachten": de duur "30 minuten" is geen ISO 8601-duur');
    expect(error?.message).toContain('u: Gebruikerstaak "Bellen": de termijn "morgen" is geen ISO 8601-duur (P2D) en geen datum-tijd.');
  });

  it('refuses JavaScript in a model', async () => {
    const dir = processesWith(
      'scripted.bpmn',
      model(`
        <bpmn:startEvent id="s" />
        <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="e">
          <bpmn:conditionExpression xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="bpmn:tFormalExpression" language="javascript">next(null, process.exit())</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:endEvent id="e" />`),
    );
    await expect(createTestApp({ processesDir: dir })).rejects.toThrow(/scripted\.bpmn: f1: Verbinding: voorwaarden in een scripttaal zijn niet toegestaan/);
  });
});
