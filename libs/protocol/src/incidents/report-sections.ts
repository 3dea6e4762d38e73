import { FormDefinition } from '@ap/workflow-runtime';
import { perpetratorDescriptionForm } from '../description/perpetrator-description.form';
import { onSiteStepsForm } from '../on-site/on-site-steps.form';

/**
 * Parts of a report that are a user task of the channel's model: what the reporter already knows when
 * reporting (the on-the-spot steps of 5.3 and 5.4, the perpetrator of 5.5). Sent with the report, each
 * completes the open task with its form; left out, the task waits in the reporter's task list. Which
 * channel has which part is the model's business: the part applies where the model has a task with the form.
 */
export const REPORT_SECTIONS = {
  onSiteSteps: onSiteStepsForm,
  perpetrator: perpetratorDescriptionForm,
} as const satisfies Record<string, FormDefinition>;

export type ReportSection = keyof typeof REPORT_SECTIONS;
export const REPORT_SECTION_KEYS = Object.keys(REPORT_SECTIONS) as ReportSection[];

/** The parts a model has: those whose form one of its user tasks uses. */
export function sectionsOf(userTasks: readonly { formKey: string | null }[]): ReportSection[] {
  return REPORT_SECTION_KEYS.filter((section) => userTasks.some((task) => task.formKey === REPORT_SECTIONS[section].key));
}
