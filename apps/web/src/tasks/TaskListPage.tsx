import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../common/ErrorAlert';
import { FacetSelect } from '../common/FacetSelect';
import { Pager } from '../common/Pager';
import { useApi } from '../common/useApi';
import { useListAddress } from '../common/useListAddress';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { DueDate } from './DueDate';
import { TaskSubject } from './TaskSubject';
import { claimTask, holder, loadFacets, loadTasks, releaseTask, Task } from './task-api';

const PAGE_SIZE = 25;

/** Mijn taken: the open tasks of my roles, most urgent first, with filters that survive a reload. */
export function TaskListPage() {
  const address = useListAddress(PAGE_SIZE);
  const formKey = address.filter('soort');
  const processKey = address.filter('kanaal');
  const { offset, setFilter } = address;
  const myId = useSession().session!.user.id;
  const [actionError, setActionError] = useState<ApiError | null>(null);

  const facets = useApi(loadFacets);
  const list = useApi(useCallback(() => loadTasks({ formKey, processKey, offset, limit: PAGE_SIZE }), [formKey, processKey, offset]));

  const act = async (action: (id: string) => Promise<Task>, task: Task) => {
    setActionError(null);
    try {
      await action(task.id);
    } catch (err) {
      setActionError(err as ApiError);
    }
    list.reload();
    facets.reload();
  };

  const total = list.data?.total ?? 0;

  return (
    <>
      <PageTitle>Mijn taken</PageTitle>
      <Paragraph>De taken voor uw rollen, de dringendste eerst: eerst wat te laat is, dan wat het eerst af moet.</Paragraph>
      <form className="ap-filters" aria-label="Taken filteren" onSubmit={(e) => e.preventDefault()}>
        <FacetSelect id="filter-soort" label="Soort taak" allLabel="Alle soorten" value={formKey} facets={facets.data?.forms} onChange={(v) => setFilter('soort', v)} />
        <FacetSelect id="filter-kanaal" label="Kanaal" allLabel="Alle kanalen" value={processKey} facets={facets.data?.processes} onChange={(v) => setFilter('kanaal', v)} />
      </form>
      <ErrorAlert error={list.error ?? actionError} />
      {!list.data && list.loading && <Loading what="Taken laden" />}
      {list.data && list.data.tasks.length === 0 && <Paragraph role="status">{formKey || processKey ? 'Geen open taken met deze filters.' : 'Er wachten geen taken op u.'}</Paragraph>}
      {list.data && list.data.tasks.length > 0 && (
        <>
          <Paragraph role="status" className="ap-count">
            Taken {offset + 1}–{offset + list.data.tasks.length} van {total}
          </Paragraph>
          <Table className="ap-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Taak</TableHeaderCell>
                <TableHeaderCell scope="col">Dossier</TableHeaderCell>
                <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                <TableHeaderCell scope="col">Behandelaar</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.tasks.map((task) => (
                <TableRow key={task.id}>
                  <TableCell data-label="Taak">
                    <Link to={`/taken/${task.id}`}>{task.name}</Link>
                    {task.form && <span className="ap-muted"> · {task.form.title}</span>}
                  </TableCell>
                  <TableCell data-label="Dossier">
                    <TaskSubject task={task} />
                  </TableCell>
                  <TableCell data-label="Termijn">
                    <DueDate dueAt={task.dueAt} />
                  </TableCell>
                  <TableCell data-label="Behandelaar">
                    <Holder task={task} myId={myId} onClaim={() => act(claimTask, task)} onRelease={() => act(releaseTask, task)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager page={address.page} pages={address.pages(total)} goTo={address.goTo} />
        </>
      )}
    </>
  );
}

function Holder({ task, myId, onClaim, onRelease }: { task: Task; myId: string; onClaim(): void; onRelease(): void }) {
  const who = holder(task, myId);
  if (who === 'someone-else') return <span>Toegewezen aan {task.assignee?.displayName ?? 'iemand anders'}</span>;
  if (who === 'me') {
    return (
      <span className="ap-holder">
        <span>U</span>
        {task.claimed && (
          <Button purpose="subtle" onClick={onRelease} aria-label={`Taak ${task.name} vrijgeven`}>
            Vrijgeven
          </Button>
        )}
      </span>
    );
  }
  return (
    <span className="ap-holder">
      <span>Niemand</span>
      <Button purpose="secondary" onClick={onClaim} aria-label={`Taak ${task.name} oppakken`}>
        Oppakken
      </Button>
    </span>
  );
}
