import { readModel } from '@ap/workflow-engine';

/** What a model says about one letter, wherever it asks for it. */
export interface ModelLetterUse {
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

export interface ModelLetters {
  uses: ModelLetterUse[];
  /** Every process's flow elements as bpmn-moddle reads them, by process id. */
  processes: Map<string, any[]>;
  /** The names of the processes, by id. */
  names: Map<string, string>;
  /** A process and every process it calls, directly or through others. */
  reachedFrom(process: string): Set<string>;
  /** Per process started by a report (a channel), every letter code it can reach, sub-processes included. */
  reach(channel: string): Set<string>;
}

type Params = Record<string, string>;

/** The values a parameter can take: itself, or the strings a FEEL expression yields (its then/else branches). */
function literals(value: string): string[] {
  if (!value.startsWith('=')) return [value];
  const branches = [...value.matchAll(/(?:then|else)\s+"([^"]*)"/g)].map((m) => m[1]);
  return branches.length ? branches : [...value.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}

export function paramsOf(element: any): Params {
  const io = (element?.extensionElements?.values ?? []).find((v: any) => v.$type === 'camunda:InputOutput');
  return Object.fromEntries((io?.inputParameters ?? []).map((p: any) => [p.name, String(p.value ?? '').trim()]));
}

/**
 * Reads the letter steps out of BPMN models: which letter each call asks for (a fixed code, a FEEL choice
 * between codes, or one of a letter-choice task's options), with its subject, signer and ban.
 */
export async function readModelLetters(models: { file: string; xml: string }[]): Promise<ModelLetters> {
  const processes = new Map<string, any[]>();
  const names = new Map<string, string>();
  for (const { file, xml } of models) {
    const { rootElement } = await readModel(file, xml);
    for (const process of rootElement.rootElements.filter((e: any) => e.$type === 'bpmn:Process')) {
      processes.set(process.id, process.flowElements ?? []);
      names.set(process.id, process.name ?? process.id);
    }
  }
  const calls = (elements: any[]) => elements.filter((e) => e.$type === 'bpmn:CallActivity');
  // A sub-process that drafts the letter its caller names (access-ban's decision) gives the signer.
  const passedOnSigner = new Map<string, string>();
  for (const [id, elements] of processes) {
    for (const call of calls(elements)) if (paramsOf(call).code === '= code' && paramsOf(call).signer) passedOnSigner.set(id, paramsOf(call).signer);
  }

  const uses: ModelLetterUse[] = [];
  for (const [process, elements] of processes) {
    for (const call of calls(elements).filter((c) => ['letter', 'access-ban'].includes(c.calledElement))) {
      const params = paramsOf(call);
      if (!params.code || params.code === '= code') continue;
      const chosenBy = /^= (\w+)\.code$/.exec(params.code)?.[1];
      const options = chosenBy ? paramsOf(elements.find((e) => e.id === chosenBy)).options : undefined;
      const codes = chosenBy ? (options ?? '').split(',').map((c) => c.trim()).filter(Boolean) : literals(params.code);
      const subjects = literals(params.subject ?? '');
      const signer = params.signer ?? passedOnSigner.get(call.calledElement) ?? '';
      codes.forEach((code, i) => {
        const text = subjects.length === codes.length ? subjects[i] : (subjects[0] ?? '');
        uses.push({
          code,
          process,
          call: call.id,
          subject: (name) => ((params.subject ?? '').includes('+ citizenName') ? `${text}${name}` : text),
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
  const reachedFrom = (channel: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      calledBy(id).forEach(visit);
    };
    visit(channel);
    return seen;
  };
  return {
    uses,
    processes,
    names,
    reachedFrom,
    reach: (channel) => {
      const seen = reachedFrom(channel);
      return new Set(uses.filter((u) => seen.has(u.process)).map((u) => u.code));
    },
  };
}
