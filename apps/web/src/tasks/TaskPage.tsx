import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert, DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../common/ErrorAlert';
import { useApi } from '../common/useApi';
import { VisitOfTask } from '../home-visits/VisitOfTask';
import { LetterPreview } from '../letters/LetterPreview';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { DueDate } from './DueDate';
import { TaskSubject } from './TaskSubject';
import { claimTask, hasForm, holder, loadTask, releaseTask, TaskWithForm } from './task-api';
import { TaskForm } from './TaskForm';

/**
 * One task: what it is about, who holds it, and its form, built from the server's definition. A task the
 * model assigned to someone else shows only its name, due date and holder: the API sends nothing more.
 */
export default function TaskPage() {
  const { id } = useParams();
  const task = useApi(useCallback(() => loadTask(id!), [id]));
  if (task.error && !task.data) {
    return (
      <>
        <PageTitle>Taak</PageTitle>
        <ErrorAlert error={task.error} />
        <Paragraph>
          <Link to="/taken">Terug naar mijn taken</Link>
        </Paragraph>
      </>
    );
  }
  if (!task.data) return <Loading what="Taak laden" />;
  return <TaskView task={task.data} reload={task.reload} />;
}

function TaskView({ task, reload }: { task: TaskWithForm; reload(): void }) {
  const myId = useSession().session!.user.id;
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const who = holder(task, myId);
  const open = task.status === 'open';

  async function act(action: (id: string) => Promise<unknown>) {
    setError(null);
    try {
      await action(task.id);
    } catch (err) {
      setError(err as ApiError);
    }
    reload();
  }

  return (
    <>
      <PageTitle>{task.name}</PageTitle>
      <DataList className="ap-facts">
        {task.form && (
          <DataListItem>
            <DataListKey>Soort taak</DataListKey>
            <DataListValue>{task.form.title}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>Dossier</DataListKey>
          <DataListValue>
            <TaskSubject task={task} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Termijn</DataListKey>
          <DataListValue>
            <DueDate dueAt={task.dueAt} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Behandelaar</DataListKey>
          <DataListValue>{who === 'nobody' ? 'Nog niemand' : who === 'me' ? 'U' : (task.assignee?.displayName ?? 'iemand anders')}</DataListValue>
        </DataListItem>
      </DataList>
      {open && who === 'nobody' && (
        <Button purpose="secondary" onClick={() => act(claimTask)}>
          Taak oppakken
        </Button>
      )}
      {open && who === 'me' && task.claimed && (
        <Button purpose="subtle" onClick={() => act(releaseTask)}>
          Taak vrijgeven
        </Button>
      )}
      {!open && (
        <Alert type="info" role="status">
          <Paragraph>Deze taak is {task.status === 'completed' ? 'al afgerond' : 'vervallen'}.</Paragraph>
        </Alert>
      )}
      {open && who === 'someone-else' && (
        <Alert type="warning" role="status">
          <Paragraph>
            Deze taak is toegewezen aan {task.assignee?.displayName ?? 'iemand anders'}. Alleen die kan hem afronden
            {task.restricted ? ' en ziet wat de taak inhoudt' : ''}.
          </Paragraph>
        </Alert>
      )}
      {typeof task.input.comment === 'string' && task.input.comment && (
        <Alert type="warning">
          <Heading level={2} appearance="level-4">
            Toelichting bij het terugsturen
          </Heading>
          <Paragraph>{task.input.comment}</Paragraph>
        </Alert>
      )}
      {typeof task.input.letterId === 'string' && (
        <>
          <Heading level={2}>{letterTitle(task)}</Heading>
          <LetterPreview letterId={task.input.letterId} title={letterTitle(task)} />
        </>
      )}
      {task.subject?.kind === 'home-visit' && !task.restricted && <VisitOfTask id={task.subject.id} />}
      <ErrorAlert error={error} />
      {open && who !== 'someone-else' && hasForm(task) && <TaskForm task={task} onDone={() => navigate('/taken', { state: { done: task.name } })} onConflict={reload} />}
      <Paragraph>
        <Link to="/taken">Terug naar mijn taken</Link>
      </Paragraph>
    </>
  );
}

/** The letter a task is about, by the code the model gives it. */
function letterTitle(task: TaskWithForm): string {
  return typeof task.input.letterCode === 'string' ? `Brief ${task.input.letterCode}` : 'Brief';
}
