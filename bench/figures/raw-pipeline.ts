import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from '@ap/letters';
import { LetterDataBuilder, RECIDIVE, RENDER_LETTER } from '@ap/protocol';
import { ROLE_KEYS } from '@ap/common';
import { parseDefinition, ParsedDefinition, ProcessRunner, RunResult, ServiceTaskRegistry, Variables } from '@ap/workflow-engine';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { Report } from '../support/report';
import { repeatFor } from '../support/repeat-for';

/**
 * Figure 1: the phone model (path B, first time) in bpmn-engine in this process, with the letter step
 * really rendering TC3 with docxtemplater: no database, no HTTP. Call activities start their
 * sub-processes here as the runtime does, so one run is the same engine work as one reported incident:
 * phone, police report, aftercare and letter, up to the signature wait.
 */
export async function measureRawPipeline(report: Report, seconds: number): Promise<void> {
  const config = loadConfig();
  const definitions = await loadDefinitions(config.processesDir);
  // The files as they are: the database's versions are not part of this figure.
  const templates = new Map(
    readdirSync(config.letterTemplatesDir)
      .filter((f) => f.endsWith('.docx'))
      .map((f) => [f.replace('.docx', ''), readFileSync(join(config.letterTemplatesDir, f))]),
  );
  const letterData = new LetterDataBuilder(config.municipality);

  const registry = new ServiceTaskRegistry<null>();
  // The database's answer for a citizen without earlier incidents.
  registry.addChoices('letterCodes', () => [...templates.keys()].map((code) => ({ value: code, label: code })));
  registry.addChoices('roles', () => ROLE_KEYS.map((role) => ({ value: role, label: role })));
  registry.register(RECIDIVE, async (input) => ({ isRepeat: false, earlierIncidents: 0, recidiveWindow: input.window }));
  registry.register(RENDER_LETTER, async (input, { variables }) => {
    const code = String(input.code);
    const incident = {
      reference: 'AG-2026-00001',
      occurredAt: new Date(String(variables.occurredAt)),
      channel: 'phone',
      behaviour: 'threat',
      description: 'De beller dreigde de medewerker op te wachten na het werk.',
      location: 'Klantcontactcentrum, Markt 1',
    };
    const citizen = { name: String(variables.citizenName), streetAddress: 'Dorpsstraat 12', postalCode: '1234 AB', city: 'Voorbeeldstad', dateOfBirth: '1980-04-12' };
    const recidiveWindow = String(variables.recidiveWindow);
    const data = letterData.draft({ code, subject: String(input.subject), signerRole: String(input.signer), incident, citizen, ban: null, recidiveWindow, now: new Date() } as any);
    renderDocx(code, templates.get(code)!, { ...data, concept: true });
    return { letterId: `letter-${code}`, letterCode: code };
  });
  const runner = new ProcessRunner(registry);

  let signatureWaits = 0;
  const run = async (key: string, variables: Variables): Promise<void> => {
    const result: RunResult = await runner.start(definitions.get(key)!, variables, { scope: null, now: new Date() });
    if (result.status !== 'waiting') throw new Error(`${key} did not wait: ${result.failure?.message ?? result.status}`);
    if (result.waits.some((w) => w.elementId === 'sign')) signatureWaits++;
    for (const call of result.calls) await run(call.calledElement, { ...result.variables, ...call.input });
  };
  const incident = (i: number): Variables => ({
    incidentId: `incident-${i}`,
    reference: `AG-2026-${i}`,
    citizenId: `citizen-${i}`,
    citizenName: `J. de Vries ${i}`,
    channel: 'phone',
    category: 'II',
    behaviour: 'threat',
    occurredAt: new Date().toISOString(),
  });

  const { perSecond, count } = await repeatFor(seconds, (i) => run('phone', incident(i)));
  if (signatureWaits < count) throw new Error(`only ${signatureWaits} of ${count} runs reached the signature of TC3`);
  report.add('1 raw pipeline: phone B to signature wait, in-process', perSecond, 'instances/s');
}

async function loadDefinitions(dir: string): Promise<Map<string, ParsedDefinition>> {
  const parsed = new Map<string, ParsedDefinition>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.bpmn'))) {
    const definition = await parseDefinition(file, readFileSync(join(dir, file), 'utf8'));
    parsed.set(definition.key, definition);
  }
  return parsed;
}
