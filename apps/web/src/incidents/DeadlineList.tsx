import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { formatDateTime } from '../common/dutch-dates';
import { DueDate } from '../tasks/DueDate';
import { FileTask, FileTimer } from './incident-api';
import { Paragraphs } from './Paragraphs';
import { roleNames } from './roles';

interface Deadline {
  key: string;
  what: string;
  at: string;
  /** A task must be done by then; at a timer's date the protocol moves on by itself. */
  kind: 'task' | 'timer';
  who?: string;
  paragraphs: string[];
}

/**
 * The dates the protocol still waits for, soonest first: the due dates of its open steps (the police
 * report 24 hours after the incident) and its timers (the aftercare conversations), as the models set them.
 */
export function DeadlineList({ tasks, timers, now = new Date() }: { tasks: FileTask[]; timers: FileTimer[]; now?: Date }) {
  const deadlines: Deadline[] = [
    ...tasks.filter((t) => t.status === 'open' && t.dueAt).map((t) => ({ key: t.id, what: t.name, at: t.dueAt!, kind: 'task' as const, who: roleNames(t.candidateGroups), paragraphs: t.paragraphs })),
    ...timers.filter((t) => t.status === 'scheduled').map((t) => ({ key: t.id, what: t.name, at: t.dueAt, kind: 'timer' as const, paragraphs: t.paragraphs })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (!deadlines.length) return <Paragraph>Het protocol wacht niet op een datum.</Paragraph>;
  return (
    <ul className="ap-deadlines">
      {deadlines.map((d) => (
        <li key={d.key}>
          <strong>{d.what}</strong>
          {d.kind === 'task' ? (
            <>
              {' '}
              ({d.who}): uiterlijk <DueDate dueAt={d.at} now={now} />
            </>
          ) : (
            <>
              : op <time dateTime={d.at}>{formatDateTime(d.at)}</time> gaat het protocol verder
            </>
          )}
          {d.paragraphs.length > 0 && (
            <>
              {' '}
              (protocol <Paragraphs ids={d.paragraphs} />)
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
