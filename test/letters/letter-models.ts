import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BpmnModdle from 'bpmn-moddle';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const camundaModdle = require('camunda-bpmn-moddle/resources/camunda.json');

export const PROCESSES_DIR = join(__dirname, '../../processes');
export const TEMPLATES_DIR = join(__dirname, '../../letter-templates');

export const TEMPLATE_CODES = readdirSync(TEMPLATES_DIR)
  .filter((f) => f.endsWith('.docx'))
  .map((f) => f.replace('.docx', ''))
  .sort();

/** What the models say about one letter, wherever a model asks for it. */
export interface LetterUse {
  code: string;
  /** The process whose model asks for the letter. */
  process: string;
  /** The id of the call activity in that model that asks for it. */
  call: string;
  /** The subject the model gives it, for a citizen of that name. */
  subject: (citizenName: string) => string;
  signer: string;
  /** For a copy of a ban: who it goes to, as the model names it. */
  recipient?: string;
  /** For the decision on a ban: the duration the model fixes, or the range the college chooses in. */
  ban?: { scope: string; fixed?: string; min: string[]; max: string[] };
  /** For a measure without a ban (SrCH, HB2): the duration the model gives it (`measureDuration`). */
  measureDuration?: string;
}

export interface LetterModels {
  uses: LetterUse[];
  /** Per channel (a process started by reporting an incident), every letter code it can reach, sub-processes included. */
  reach(channel: string): Set<string>;
  /** The recidive windows a process uses (`window` of its `protocol.recidive` tasks). */
  recidiveWindows(process: string): string[];
  /** Whether every path from the start of the use's process to its call passes a `protocol.recidive` task. */
  afterRecidive(use: LetterUse): boolean;
}

type Params = Record<string, string>;

/** The values a parameter can take: itself, or the strings a FEEL expression yields (its then/else branches). */
function literals(value: string): string[] {
  if (!value.startsWith('=')) return [value];
  const branches = [...value.matchAll(/(?:then|else)\s+"([^"]*)"/g)].map((m) => m[1]);
  return branches.length ? branches : [...value.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}

function paramsOf(element: any): Params {
  const io = (element.extensionElements?.values ?? []).find((v: any) => v.$type === 'camunda:InputOutput');
  return Object.fromEntries((io?.inputParameters ?? []).map((p: any) => [p.name, String(p.value ?? '').trim()]));
}

/**
 * Reads the letter steps out of the BPMN models: which letter each call asks for (a fixed code, a FEEL
 * choice between codes, or one of a letter-choice task's options), with its subject, signer and ban.
 */
export async function readLetterModels(): Promise<LetterModels> {
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  const processes = new Map<string, any[]>();
  for (const file of readdirSync(PROCESSES_DIR).filter((f) => f.endsWith('.bpmn'))) {
    const { rootElement } = await moddle.fromXML(readFileSync(join(PROCESSES_DIR, file), 'utf8'));
    for (const process of rootElement.rootElements.filter((e: any) => e.$type === 'bpmn:Process')) processes.set(process.id, process.flowElements ?? []);
  }
  const calls = (elements: any[]) => elements.filter((e) => e.$type === 'bpmn:CallActivity');
  // A sub-process that drafts the letter its caller names (access-ban's decision) gives the signer.
  const passedOnSigner = new Map<string, string>();
  for (const [id, elements] of processes) {
    for (const call of calls(elements)) if (paramsOf(call).code === '= code' && paramsOf(call).signer) passedOnSigner.set(id, paramsOf(call).signer);
  }

  const uses: LetterUse[] = [];
  for (const [process, elements] of processes) {
    for (const call of calls(elements).filter((c) => ['letter', 'access-ban'].includes(c.calledElement))) {
      const params = paramsOf(call);
      if (!params.code || params.code === '= code') continue;
      const chosenBy = /^= (\w+)\.code$/.exec(params.code)?.[1];
      const codes = chosenBy ? paramsOf(elements.find((e) => e.id === chosenBy)).options.split(',').map((c) => c.trim()) : literals(params.code);
      const subjects = literals(params.subject);
      const signer = params.signer ?? passedOnSigner.get(call.calledElement);
      codes.forEach((code, i) => {
        const text = subjects.length === codes.length ? subjects[i] : subjects[0];
        uses.push({
          code,
          process,
          call: call.id,
          subject: (name) => (params.subject.includes('+ citizenName') ? `${text}${name}` : text),
          signer,
          recipient: params.recipient,
          measureDuration: params.measureDuration,
          ...(call.calledElement === 'access-ban'
            ? { ban: { scope: params.scope, fixed: params.banDuration, min: params.minDuration ? literals(params.minDuration) : [], max: params.maxDuration ? literals(params.maxDuration) : [] } }
            : {}),
        });
      });
    }
  }

  const calledBy = (id: string): string[] => calls(processes.get(id) ?? []).map((c) => c.calledElement);
  return {
    uses,
    reach(channel) {
      const seen = new Set<string>();
      const visit = (id: string) => {
        if (seen.has(id)) return;
        seen.add(id);
        calledBy(id).forEach(visit);
      };
      visit(channel);
      return new Set(uses.filter((u) => seen.has(u.process)).map((u) => u.code));
    },
    recidiveWindows(process) {
      return (processes.get(process) ?? []).filter((e) => e.topic === 'protocol.recidive').map((e) => paramsOf(e).window);
    },
    afterRecidive({ process, call }) {
      // Follow the flows from the start, stopping at recidive steps: the call must be out of reach.
      const seen = new Set<string>();
      const reaches = (element: any): boolean => {
        if (element.id === call) return true;
        if (seen.has(element.id) || element.topic === 'protocol.recidive') return false;
        seen.add(element.id);
        return (element.outgoing ?? []).some((flow: any) => reaches(flow.targetRef));
      };
      return !(processes.get(process) ?? []).filter((e) => e.$type === 'bpmn:StartEvent').some(reaches);
    },
  };
}
