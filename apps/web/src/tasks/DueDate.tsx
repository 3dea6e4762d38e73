import { dueInWords, formatDateTime } from '../common/dutch-dates';

/** A due date in words ("morgen", "2 dagen te laat"), with the exact moment beside it for who needs it. */
export function DueDate({ dueAt, now = new Date() }: { dueAt: string | null | undefined; now?: Date }) {
  if (!dueAt) return <span className="ap-due ap-due--none">geen termijn</span>;
  const { text, overdue } = dueInWords(dueAt, now);
  return (
    <span className={overdue ? 'ap-due ap-due--overdue' : 'ap-due'}>
      <time dateTime={dueAt}>{text}</time>
      <span className="ap-due__exact"> ({formatDateTime(dueAt)})</span>
    </span>
  );
}
