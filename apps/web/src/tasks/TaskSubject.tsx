import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { Task } from './task-api';

/** What a task is about; an incident links to its file for those who may read files. */
export function TaskSubject({ task }: { task: Pick<Task, 'subject' | 'businessKey'> }) {
  const { may } = useSession();
  const title = task.subject?.title ?? task.businessKey;
  if (task.subject?.kind === 'incident' && may('incidentFiles')) return <Link to={`/dossiers/${task.subject.id}`}>{title}</Link>;
  return <>{title}</>;
}
