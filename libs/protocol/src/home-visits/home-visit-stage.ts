/**
 * Where a visit's safety steps stand, read from its tasks in `home-visit-safety.bpmn` (by element id):
 * what the visit page and the list say about it.
 */
export const HOME_VISIT_STAGES = ['planned', 'outside-office-hours', 'risk-assessment', 'decision', 'check-out', 'under-way', 'back', 'not-back'] as const;

export type HomeVisitStage = (typeof HOME_VISIT_STAGES)[number];

export interface StepState {
  elementId: string;
  status: string;
}

export function homeVisitStage(steps: StepState[]): HomeVisitStage {
  const open = new Set(steps.filter((s) => s.status === 'open').map((s) => s.elementId));
  const done = new Set(steps.filter((s) => s.status === 'completed').map((s) => s.elementId));
  // A check-in counts whenever it comes, also while the colleague looks for the employee.
  if (done.has('check_in')) return 'back';
  // Until then, once the search has started the visit stays "not back", whatever the colleague found.
  if (open.has('contact_employee') || done.has('contact_employee') || open.has('police_check')) return 'not-back';
  if (open.has('check_in')) return 'under-way';
  if (open.has('check_out')) return 'check-out';
  if (open.has('two_person_decision')) return 'decision';
  if (open.has('risk_assessment')) return 'risk-assessment';
  if (open.has('reschedule') || done.has('reschedule')) return 'outside-office-hours';
  return 'planned';
}
