import { OrderedList, OrderedListItem } from '@utrecht/component-library-react';
import { formatDateTime } from '../common/dutch-dates';
import { HomeVisitStep } from './visit-api';

/** The visit's safety steps so far, the oldest first, each with what became of it. */
export function VisitSteps({ steps }: { steps: HomeVisitStep[] }) {
  return (
    <OrderedList className="ap-steps">
      {steps.map((step) => (
        <OrderedListItem key={step.taskId}>
          {step.name}: <span className="ap-muted">{outcome(step)}</span>
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}

function outcome(step: HomeVisitStep): string {
  if (step.status === 'completed') return step.completedAt ? `afgerond op ${formatDateTime(step.completedAt)}` : 'afgerond';
  if (step.status === 'cancelled') return step.closeMessage ? `vervallen op ${formatDateTime(step.completedAt!)}: ${step.closeMessage}` : 'vervallen';
  return step.dueAt ? `open, uiterlijk ${formatDateTime(step.dueAt)}` : 'open';
}
