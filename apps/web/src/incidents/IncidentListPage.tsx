import { FormEvent, useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormField, FormLabel, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/dutch-dates';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { IncidentFilter, loadIncidentFacets, loadIncidents } from './incident-api';
import { processStatusText } from './process-status';

const PAGE_SIZE = 25;

/** Dossiers: every incident, the most recently reported first, searchable and filtered by channel in the address. */
export function IncidentListPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('zoek') ?? '';
  const channel = (params.get('kanaal') ?? undefined) as IncidentFilter['channel'];
  const page = Math.max(1, Number(params.get('pagina') ?? 1) || 1);
  const offset = (page - 1) * PAGE_SIZE;
  const [search, setSearch] = useState(q);

  const facets = useApi(loadIncidentFacets);
  const list = useApi(useCallback(() => loadIncidents({ q, channel, offset, limit: PAGE_SIZE }), [q, channel, offset]));

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('pagina');
    setParams(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter('zoek', search.trim());
  };
  const goTo = (target: number) => {
    const next = new URLSearchParams(params);
    next.set('pagina', String(target));
    setParams(next);
  };

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <PageTitle>Dossiers</PageTitle>
      <Paragraph>Alle incidenten, het laatst gemelde eerst.</Paragraph>
      <form className="ap-filters" role="search" aria-label="Dossiers zoeken" onSubmit={submit}>
        <FormField>
          <FormLabel htmlFor="zoek-dossier">Kenmerk of naam van de burger</FormLabel>
          <span className="ap-search">
            <Textbox id="zoek-dossier" type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
            <Button type="submit" purpose="secondary">
              Zoeken
            </Button>
          </span>
        </FormField>
        <FormField>
          <FormLabel htmlFor="filter-kanaal">Kanaal</FormLabel>
          <Select id="filter-kanaal" value={channel ?? ''} onChange={(e) => setFilter('kanaal', e.target.value)}>
            <SelectOption value="">Alle kanalen</SelectOption>
            {facets.data?.channels.map((c) => (
              <SelectOption key={c.key} value={c.key}>
                {c.label} ({c.count})
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </form>
      <ErrorAlert error={list.error ?? facets.error} />
      {!list.data && list.loading && <Loading what="Dossiers laden" />}
      {list.data && list.data.incidents.length === 0 && <Paragraph role="status">{q || channel ? 'Geen dossiers gevonden met deze zoekopdracht.' : 'Er zijn nog geen incidenten gemeld.'}</Paragraph>}
      {list.data && list.data.incidents.length > 0 && (
        <>
          <Paragraph role="status" className="ap-count">
            Dossiers {offset + 1}–{offset + list.data.incidents.length} van {total}
          </Paragraph>
          <Table className="ap-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                <TableHeaderCell scope="col">Burger</TableHeaderCell>
                <TableHeaderCell scope="col">Kanaal en gedrag</TableHeaderCell>
                <TableHeaderCell scope="col">Datum incident</TableHeaderCell>
                <TableHeaderCell scope="col">Protocol</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.incidents.map((incident) => (
                <TableRow key={incident.id}>
                  <TableCell>
                    <Link to={`/dossiers/${incident.id}`}>{incident.reference}</Link>
                  </TableCell>
                  <TableCell>{incident.citizenName}</TableCell>
                  <TableCell>
                    {incident.channelLabel}
                    <span className="ap-muted"> · {incident.behaviourLabel}</span>
                  </TableCell>
                  <TableCell>{formatDate(incident.occurredAt)}</TableCell>
                  <TableCell>{processStatusText(incident.processStatus)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <nav aria-label="Pagina's" className="ap-pager">
            <Button purpose="secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
              Vorige pagina
            </Button>
            <span>
              Pagina {page} van {pages}
            </span>
            <Button purpose="secondary" disabled={page >= pages} onClick={() => goTo(page + 1)}>
              Volgende pagina
            </Button>
          </nav>
        </>
      )}
    </>
  );
}
