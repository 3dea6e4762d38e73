import { Button } from '@nl-design-system-candidate/button-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { formatDateTime } from '../common/dutch-dates';
import { Publication, shortSha, TemplateVersion } from './template-api';

export interface VersionActions {
  mayEdit: boolean;
  liveSha: string | null;
  preview(sha: string): void;
  download(sha: string): void;
  publish(sha: string): void;
  compare(sha: string): void;
}

/** Every stored version, newest first: where it came from, and what can be done with it. */
export function VersionTable({ versions, actions }: { versions: TemplateVersion[]; actions: VersionActions }) {
  return (
    <Table className="ap-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Versie</TableHeaderCell>
          <TableHeaderCell scope="col">Opgeslagen</TableHeaderCell>
          <TableHeaderCell scope="col">Door</TableHeaderCell>
          <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col">Acties</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {versions.map((v) => {
          const name = `versie ${shortSha(v.sha256)}`;
          return (
            <TableRow key={v.sha256}>
              <TableHeaderCell scope="row">
                <code title={v.sha256}>{shortSha(v.sha256)}</code>
              </TableHeaderCell>
              <TableCell>{formatDateTime(v.storedAt)}</TableCell>
              <TableCell>{v.uploadedByName ?? <span className="ap-muted">bestand {v.sourceFile}</span>}</TableCell>
              <TableCell>
                {v.comment ?? <span className="ap-muted">geen</span>}
                {v.basedOn !== null && <span className="ap-muted"> (bewerking van publicatie {v.basedOn})</span>}
              </TableCell>
              <TableCell>
                {v.sha256 === actions.liveSha ? <strong>in gebruik</strong> : v.publishedAs.length ? `eerder gepubliceerd (${v.publishedAs.join(', ')})` : 'concept'}
              </TableCell>
              <TableCell>
                <div className="ap-actions">
                  <Button purpose="secondary" onClick={() => actions.preview(v.sha256)} aria-label={`Voorbeeld van ${name}`}>
                    Voorbeeld
                  </Button>
                  <Button purpose="secondary" onClick={() => actions.download(v.sha256)} aria-label={`Download ${name} als Word-bestand`}>
                    Downloaden
                  </Button>
                  {actions.liveSha && v.sha256 !== actions.liveSha && (
                    <Button purpose="secondary" onClick={() => actions.compare(v.sha256)} aria-label={`Vergelijk ${name} met de versie in gebruik`}>
                      Vergelijken
                    </Button>
                  )}
                  {actions.mayEdit && v.sha256 !== actions.liveSha && !v.publishedAs.length && (
                    <Button purpose="primary" onClick={() => actions.publish(v.sha256)} aria-label={`Publiceer ${name}`}>
                      Publiceren
                    </Button>
                  )}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** Every publication, newest first; an earlier one can be published again (restored). */
export function PublicationTable({ publications, mayEdit, restore }: { publications: Publication[]; mayEdit: boolean; restore(number: number): void }) {
  const liveSha = publications[0]?.sha256;
  return (
    <Table className="ap-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Publicatie</TableHeaderCell>
          <TableHeaderCell scope="col">Gepubliceerd</TableHeaderCell>
          <TableHeaderCell scope="col">Door</TableHeaderCell>
          <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
          <TableHeaderCell scope="col">Versie (sha256)</TableHeaderCell>
          {mayEdit && <TableHeaderCell scope="col">Terugzetten</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {publications.map((p, i) => (
          <TableRow key={p.number}>
            <TableHeaderCell scope="row">
              {p.number}
              {i === 0 && <span className="ap-muted"> (in gebruik)</span>}
            </TableHeaderCell>
            <TableCell>{formatDateTime(p.publishedAt)}</TableCell>
            <TableCell>{p.publishedByName ?? <span className="ap-muted">bestand {p.sourceFile}</span>}</TableCell>
            <TableCell>{p.comment ?? <span className="ap-muted">geen</span>}</TableCell>
            <TableCell>
              <code className="ap-hash">{p.sha256}</code>
            </TableCell>
            {mayEdit && (
              <TableCell>
                {p.sha256 !== liveSha && (
                  <Button purpose="secondary" onClick={() => restore(p.number)} aria-label={`Zet publicatie ${p.number} terug als nieuwe publicatie`}>
                    Terugzetten
                  </Button>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
