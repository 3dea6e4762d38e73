import { OpeningTask } from '@ap/workflow-engine';
import { FormDefinition } from '@ap/workflow-runtime';
import { perpetratorDescriptionForm } from '../description/perpetrator-description.form';
import { onSiteStepsForm } from '../on-site/on-site-steps.form';

/**
 * Parts of a report that are a user task of the channel's protocol: what the reporter already knows when
 * reporting (the on-the-spot steps of 5.3 and 5.4, the perpetrator of 5.5). Sent with the report, each
 * completes the open task with its form; left out, the task waits in the task list of its roles. Which
 * report has which part is the models' business: the part applies where a task with its form opens at
 * the start, in the channel's model or one it calls (public road D calls the violence protocol).
 */
export const REPORT_SECTIONS = {
  onSiteSteps: onSiteStepsForm,
  perpetrator: perpetratorDescriptionForm,
} as const satisfies Record<string, FormDefinition>;

export type ReportSection = keyof typeof REPORT_SECTIONS;
export const REPORT_SECTION_KEYS = Object.keys(REPORT_SECTIONS) as ReportSection[];

/** A part that opens at the start, and who may complete it. */
export interface OpeningSection {
  section: ReportSection;
  roles: string[];
}

/**
 * The parts among the tasks that open at the start: a task with a part's form whose roles are known
 * before the start (a task whose roles a service step decides cannot be offered with the report).
 */
export function sectionsOf(tasks: readonly OpeningTask[]): OpeningSection[] {
  return REPORT_SECTION_KEYS.flatMap((section) => {
    const task = tasks.find((t) => t.formKey === REPORT_SECTIONS[section].key && t.candidateGroups?.length);
    return task ? [{ section, roles: [...task.candidateGroups!] }] : [];
  });
}
