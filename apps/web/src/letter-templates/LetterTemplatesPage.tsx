import { Link } from 'react-router';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/dutch-dates';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { LetterTemplate, loadTemplates } from './template-api';

/** Every letter the protocol can send, with where it is used and the version new letters get. */
export function LetterTemplatesPage() {
  const templates = useApi(loadTemplates);
  return (
    <>
      <PageTitle>Briefsjablonen</PageTitle>
      <Paragraph>
        Elke brief die het protocol kan versturen, met waarvoor hij dient, in welke procesmodellen en kanalen hij wordt opgesteld en wie hem ondertekent. Nieuwe
        brieven krijgen de gepubliceerde versie; een brief die al is opgesteld, houdt de versie waarmee hij is opgesteld. Open een brief om een nieuwe versie te
        uploaden, te bekijken en te publiceren.
      </Paragraph>
      <ErrorAlert error={templates.error} />
      {!templates.data && !templates.error && <Loading what="Briefsjablonen laden" />}
      {templates.data && <TemplateTable templates={templates.data} />}
    </>
  );
}

function TemplateTable({ templates }: { templates: LetterTemplate[] }) {
  return (
    <Table className="ap-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Brief</TableHeaderCell>
          <TableHeaderCell scope="col">Doel</TableHeaderCell>
          <TableHeaderCell scope="col">Kanalen</TableHeaderCell>
          <TableHeaderCell scope="col">Ondertekenaar</TableHeaderCell>
          <TableHeaderCell scope="col">Gepubliceerd</TableHeaderCell>
          <TableHeaderCell scope="col">Let op</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {templates.map((t) => (
          <TableRow key={t.code}>
            <TableHeaderCell scope="row">
              <Link to={`/beheer/briefsjablonen/${encodeURIComponent(t.code)}`}>{t.code}</Link>
            </TableHeaderCell>
            <TableCell>
              {t.purpose}
              {t.decision && <span className="ap-muted"> (besluit)</span>}
            </TableCell>
            <TableCell>{unique(t.uses.flatMap((u) => u.channels)).join(', ') || <span className="ap-muted">geen model stelt hem op</span>}</TableCell>
            <TableCell>{unique(t.uses.map((u) => u.signer)).join(', ')}</TableCell>
            <TableCell>
              {t.live ? (
                <>
                  publicatie {t.live.number}, {formatDateTime(t.live.publishedAt)}
                  <br />
                  <span className="ap-muted">{t.live.publishedByName ?? `uit bestand ${t.live.sourceFile}`}</span>
                </>
              ) : (
                'nog niet'
              )}
            </TableCell>
            <TableCell>
              {t.refusedFile && <strong>bestand geweigerd</strong>}
              {t.refusedFile && t.drafts > 0 && <br />}
              {t.drafts > 0 && `${t.drafts} ${t.drafts === 1 ? 'concept' : 'concepten'}`}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const unique = (values: string[]) => [...new Set(values)];
