import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelLetters, ModelLetterUse, paramsOf, readModelLetters } from '../../libs/protocol/src/letters/letter-uses';

export const PROCESSES_DIR = join(__dirname, '../../processes');
export const TEMPLATES_DIR = join(__dirname, '../../letter-templates');

export const TEMPLATE_CODES = readdirSync(TEMPLATES_DIR)
  .filter((f) => f.endsWith('.docx'))
  .map((f) => f.replace('.docx', ''))
  .sort();

export type LetterUse = ModelLetterUse;

export interface LetterModels extends ModelLetters {
  /** The recidive windows a process uses (`window` of its `protocol.recidive` tasks). */
  recidiveWindows(process: string): string[];
  /** Whether every path from the start of the use's process to its call passes a `protocol.recidive` task. */
  afterRecidive(use: LetterUse): boolean;
}

/** The letter steps of the models in processes/, with what the letter tests ask of them besides. */
export async function readLetterModels(): Promise<LetterModels> {
  const files = readdirSync(PROCESSES_DIR).filter((f) => f.endsWith('.bpmn'));
  const letters = await readModelLetters(files.map((file) => ({ file, xml: readFileSync(join(PROCESSES_DIR, file), 'utf8') })));
  const { processes } = letters;
  return {
    ...letters,
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
