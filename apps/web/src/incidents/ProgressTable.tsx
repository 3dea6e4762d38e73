import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { formatDateTime } from '../common/dutch-dates';
import { DueDate } from '../tasks/DueDate';
import { Paragraphs } from './Paragraphs';
import { FileTask } from './incident-api';
import { roleNames } from './roles';

/** How a step stands, in words: the table carries what the diagram's colours show. */
export function stepState(task: FileTask, now: Date): { text: string; kind: 'done' | 'waiting' | 'overdue' | 'cancelled' } {
  if (task.status === 'completed') return { text: 'Afgerond', kind: 'done' };
  if (task.status === 'cancelled') return { text: 'Vervallen', kind: 'cancelled' };
  if (task.dueAt && new Date(task.dueAt).getTime() < now.getTime()) return { text: 'Wacht, te laat', kind: 'overdue' };
  return { text: 'Wacht', kind: 'waiting' };
}

/**
 * The protocol's progress: every step that waits or waited on people, open ones first, with who it
 * waits for and by when, and the paragraph of the protocol it carries out. The accessible equivalent of
 * the process diagram.
 */
export function ProgressTable({ tasks, now = new Date() }: { tasks: FileTask[]; now?: Date }) {
  if (!tasks.length) return <Paragraph>Het protocol heeft nog geen stappen voor mensen klaargezet.</Paragraph>;
  const order = { overdue: 0, waiting: 1, done: 2, cancelled: 3 };
  const rows = tasks.map((task) => ({ task, state: stepState(task, now) })).sort((a, b) => order[a.state.kind] - order[b.state.kind]);
  return (
    <Table className="ap-table ap-progress">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Stap</TableHeaderCell>
          <TableHeaderCell scope="col">Stand</TableHeaderCell>
          <TableHeaderCell scope="col">Wie</TableHeaderCell>
          <TableHeaderCell scope="col">Termijn of afgerond</TableHeaderCell>
          <TableHeaderCell scope="col">Protocol</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(({ task, state }) => (
          <TableRow key={task.id} className={`ap-step ap-step--${state.kind}`}>
            <TableCell>{task.name}</TableCell>
            <TableCell>
              <span className={`ap-state ap-state--${state.kind}`}>{state.text}</span>
            </TableCell>
            <TableCell>{who(task)}</TableCell>
            <TableCell>{task.status === 'open' ? <DueDate dueAt={task.dueAt} now={now} /> : task.completedAt ? formatDateTime(task.completedAt) : ''}</TableCell>
            <TableCell>
              <Paragraphs ids={task.paragraphs} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function who(task: FileTask): string {
  if (task.status === 'completed') return task.completedByName ? `door ${task.completedByName}` : '';
  if (task.status === 'cancelled') return '';
  const role = roleNames(task.candidateGroups);
  return task.assigneeName ? `${task.assigneeName} (${role})` : `wacht op ${role}`;
}
