import { FormEvent, useCallback, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormField, FormLabel, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDate } from '../common/dutch-dates';
import { FacetSelect } from '../common/FacetSelect';
import { Pager } from '../common/Pager';
import { useApi } from '../common/useApi';
import { useListAddress } from '../common/useListAddress';
import { Loading } from '../shell/Loading';
import { useSession } from '../auth/session';
import { PageTitle } from '../shell/PageTitle';
import { IncidentFilter, loadIncidentFacets, loadIncidents } from './incident-api';
import { processStatusText } from './process-status';

const PAGE_SIZE = 25;

/** Dossiers: every incident the user may open, the most recently reported first, searchable and filtered by channel in the address. */
export function IncidentListPage() {
  const { may } = useSession();
  const address = useListAddress(PAGE_SIZE);
  const q = address.filter('zoek') ?? '';
  const channel = address.filter('kanaal') as IncidentFilter['channel'];
  const { offset, setFilter } = address;
  const [search, setSearch] = useState(q);

  const facets = useApi(loadIncidentFacets);
  const list = useApi(useCallback(() => loadIncidents({ q, channel, offset, limit: PAGE_SIZE }), [q, channel, offset]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter('zoek', search.trim());
  };

  const total = list.data?.total ?? 0;

  return (
    <>
      <PageTitle>Dossiers</PageTitle>
      <Paragraph>
        {may('allIncidentFiles')
          ? 'Alle incidenten, het laatst gemelde eerst.'
          : 'De incidenten waarbij u betrokken bent, het laatst gemelde eerst: die u meldde, waarin u een taak heeft of had, en als eerste medewerker die van uw team. Een dossier bevat gevoelige gegevens over een burger en een collega; het afdelingshoofd, het college, P&O en de beheerder zien alle dossiers.'}
      </Paragraph>
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
        <FacetSelect id="filter-kanaal" label="Kanaal" allLabel="Alle kanalen" value={channel} facets={facets.data?.channels} onChange={(v) => setFilter('kanaal', v)} />
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
          <Pager page={address.page} pages={address.pages(total)} goTo={address.goTo} />
        </>
      )}
    </>
  );
}
