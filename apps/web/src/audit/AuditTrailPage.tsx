import { FormEvent, useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { saveBlob } from '../common/download';
import { formatDateTime } from '../common/dutch-dates';
import { ErrorAlert } from '../common/ErrorAlert';
import { Pager } from '../common/Pager';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { useSession } from '../auth/session';
import { PageTitle } from '../shell/PageTitle';
import { AuditLine, AuditSearchTerms, auditTrailCsv, searchAuditTrail } from './audit-api';

const PAGE_SIZE = 50;

/** The search's fields: the API's name, the address's (Dutch) name, the label and a hint. */
const FIELDS: { key: keyof AuditSearchTerms; param: string; label: string; hint?: string; type?: 'date' }[] = [
  { key: 'citizen', param: 'burger', label: 'Burger', hint: 'Naam (of een deel ervan) of id' },
  { key: 'incident', param: 'incident', label: 'Incident', hint: 'Kenmerk, bijvoorbeeld AG-2026-00012, of id' },
  { key: 'user', param: 'gebruiker', label: 'Gebruiker', hint: 'Gebruikersnaam' },
  { key: 'from', param: 'van', label: 'Vanaf', type: 'date' },
  { key: 'to', param: 'tot', label: 'Tot en met', type: 'date' },
];

/** Audittrail: who read or changed what, searched by citizen, incident, user and period, and downloaded as CSV. */
export function AuditTrailPage() {
  const [params, setParams] = useSearchParams();
  const terms = Object.fromEntries(FIELDS.map((f) => [f.key, params.get(f.param) ?? ''])) as Required<AuditSearchTerms>;
  const page = Math.max(1, Number(params.get('pagina') ?? 1) || 1);
  const [form, setForm] = useState(terms);
  const [download, setDownload] = useState<{ busy: boolean; error: ApiError | null }>({ busy: false, error: null });

  const { citizen, incident, user, from, to } = terms;
  const list = useApi(
    useCallback(() => searchAuditTrail({ citizen, incident, user, from, to, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), [citizen, incident, user, from, to, page]),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const field of FIELDS) if (form[field.key].trim()) next.set(field.param, form[field.key].trim());
    setParams(next);
  };
  const goTo = (target: number) => {
    const next = new URLSearchParams(params);
    next.set('pagina', String(target));
    setParams(next);
  };
  const exportCsv = async () => {
    setDownload({ busy: true, error: null });
    try {
      saveBlob(await auditTrailCsv(terms), `audittrail-${new Date().toISOString().slice(0, 10)}.csv`);
      setDownload({ busy: false, error: null });
    } catch (error) {
      setDownload({ busy: false, error: error as ApiError });
    }
  };

  const fieldErrors = list.error?.fields ?? {};
  const total = list.data?.total ?? 0;
  return (
    <>
      <PageTitle>Audittrail</PageTitle>
      <Paragraph>
        Wie welk dossier, welke brief, burger, foto of welk toegangsverbod heeft ingezien of gewijzigd: wanneer, vanaf welk adres en waarom, als de handeling dat
        zegt. Niemand kan een regel wijzigen of verwijderen. Uw zoekvragen en downloads komen zelf ook in de audittrail.
      </Paragraph>
      <form className="ap-filters" role="search" aria-label="Audittrail doorzoeken" onSubmit={submit} noValidate>
        {FIELDS.map((field) => {
          const id = `audit-${field.param}`;
          const problems = fieldErrors[field.key];
          const described = [field.hint && `${id}-hint`, problems && `${id}-fout`].filter(Boolean).join(' ') || undefined;
          return (
            <FormField key={field.key} invalid={!!problems}>
              <FormLabel htmlFor={id}>{field.label}</FormLabel>
              {field.hint && <FormFieldDescription id={`${id}-hint`}>{field.hint}</FormFieldDescription>}
              {problems && <FormFieldErrorMessage id={`${id}-fout`}>{problems.join(' ')}</FormFieldErrorMessage>}
              <Textbox
                id={id}
                type={field.type ?? 'search'}
                value={form[field.key]}
                onChange={(e) => setForm({ ...form, [field.key]: e.target.value })}
                autoComplete="off"
                invalid={!!problems}
                aria-describedby={described}
              />
            </FormField>
          );
        })}
        <span className="ap-search ap-filter-actions">
          <Button type="submit" purpose="primary">
            Zoeken
          </Button>
          <Button type="button" purpose="secondary" onClick={exportCsv} disabled={download.busy}>
            {download.busy ? 'CSV wordt gemaakt…' : 'Download als CSV'}
          </Button>
        </span>
      </form>
      <ErrorAlert error={list.error ?? download.error} />
      {!list.data && list.loading && <Loading what="Audittrail laden" />}
      {list.data && list.data.lines.length === 0 && <Paragraph role="status">Geen regels gevonden met deze zoekvraag.</Paragraph>}
      {list.data && list.data.lines.length > 0 && (
        <>
          <Paragraph role="status" className="ap-count">
            Regels {(page - 1) * PAGE_SIZE + 1}–{(page - 1) * PAGE_SIZE + list.data.lines.length} van {total}
          </Paragraph>
          <AuditTable lines={list.data.lines} />
          <Pager page={page} pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} goTo={goTo} />
        </>
      )}
    </>
  );
}

function AuditTable({ lines }: { lines: AuditLine[] }) {
  // The auditor role alone opens no files: the reference is then text, not a link.
  const mayOpen = useSession().may('incidentFiles');
  return (
    <Table className="ap-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
          <TableHeaderCell scope="col">Wie</TableHeaderCell>
          <TableHeaderCell scope="col">Wat</TableHeaderCell>
          <TableHeaderCell scope="col">Burger en incident</TableHeaderCell>
          <TableHeaderCell scope="col">Adres</TableHeaderCell>
          <TableHeaderCell scope="col">Reden en details</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.id}>
            <TableCell>{formatDateTime(line.at)}</TableCell>
            <TableCell>
              {line.actorName ?? line.actor}
              <span className="ap-muted"> ({line.actor})</span>
            </TableCell>
            <TableCell>
              {line.actionLabel}
              <span className="ap-muted">
                {' '}
                · {line.resourceLabel}
                {line.resourceId && ` ${line.resourceId}`}
              </span>
            </TableCell>
            <TableCell>
              {line.citizenName ?? (line.citizenId ? 'burger (naam niet meer bekend)' : '')}
              {line.incidentId && (
                <>
                  {line.citizenName || line.citizenId ? ' · ' : ''}
                  {mayOpen ? <Link to={`/dossiers/${line.incidentId}`}>{line.incidentReference ?? line.incidentId}</Link> : (line.incidentReference ?? line.incidentId)}
                </>
              )}
            </TableCell>
            <TableCell>{line.address ?? ''}</TableCell>
            <TableCell>
              {line.reason && <>{line.reason} </>}
              <span className="ap-muted">{line.detailsLabel}</span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
