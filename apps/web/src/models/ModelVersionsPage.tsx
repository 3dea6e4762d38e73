import { useCallback, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { saveBlob } from '../common/download';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/dutch-dates';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { appliesTo, loadModels, loadVersions, ModelVersion, versionXml } from './model-api';
import { RefusedFileAlert } from './RefusedFileAlert';

/**
 * The versions of one model: who put each in use, for whom (the organisation or one team), when and why,
 * and how many incidents still run on it.
 */
export default function ModelVersionsPage() {
  const key = useParams().key!;
  const versions = useApi(useCallback(() => loadVersions(key), [key]));
  const model = useApi(loadModels).data?.find((m) => m.key === key);
  const [error, setError] = useState<ApiError | null>(null);
  const { deployed, unitName } = (useLocation().state as { deployed?: number; unitName?: string | null } | null) ?? {};

  async function download(version: ModelVersion) {
    setError(null);
    try {
      saveBlob(await versionXml(key, version.version), `${key}-v${version.version}.bpmn`);
    } catch (err) {
      setError(err as ApiError);
    }
  }

  return (
    <>
      <PageTitle>{`Versies van ${model?.name ?? key}`}</PageTitle>
      <Paragraph>
        <Link to="/modellen">Alle procesmodellen</Link> · <Link to={`/modellen/${encodeURIComponent(key)}/bewerken`}>Model bewerken</Link>
        {model?.variants.map((v) => (
          <span key={v.unitId}>
            {' · '}
            <Link to={`/modellen/${encodeURIComponent(key)}/bewerken?team=${v.unitId}`}>Variant van team {v.unitName} bewerken</Link>
          </span>
        ))}
      </Paragraph>
      {deployed && (
        <Alert type="ok" role="status">
          Versie {deployed} is in gebruik genomen{unitName ? ` voor team ${unitName}` : ''}. Nieuwe incidenten{unitName ? ' van dat team' : ''} starten erop; lopende incidenten maken hun eigen versie af.
        </Alert>
      )}
      <Paragraph>
        Nieuwe incidenten starten op de bovenste versie voor de hele organisatie, of op de bovenste variant van hun team als dat team er een heeft. Lopende
        incidenten maken de versie af waarop ze zijn gestart; ze worden niet naar een nieuwe versie overgezet. Een variant voor een team maakt u door het model te
        bewerken en bij het in gebruik nemen het team te kiezen.
      </Paragraph>
      {model?.refusedFile && <RefusedFileAlert level={2} file={model.refusedFile.file} problems={model.refusedFile.problems} />}
      <ErrorAlert error={versions.error ?? error} />
      {!versions.data && !versions.error && <Loading what="Versies laden" />}
      {versions.data && (
        <Table className="ap-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Versie</TableHeaderCell>
              <TableHeaderCell scope="col">Geldt voor</TableHeaderCell>
              <TableHeaderCell scope="col">In gebruik genomen</TableHeaderCell>
              <TableHeaderCell scope="col">Door</TableHeaderCell>
              <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
              <TableHeaderCell scope="col">Lopend</TableHeaderCell>
              <TableHeaderCell scope="col">Verschil</TableHeaderCell>
              <TableHeaderCell scope="col">BPMN</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.data.map((version, i, all) => {
              const older = all.slice(i + 1);
              const previous = older.find((v) => v.unitId === version.unitId) ?? older[0];
              return (
              <TableRow key={version.version}>
                <TableCell>
                  {version.version}
                  {all.findIndex((v) => v.unitId === version.unitId) === i && <span className="ap-muted"> (in gebruik)</span>}
                </TableCell>
                <TableCell>{appliesTo(version)}</TableCell>
                <TableCell>{formatDateTime(version.deployedAt)}</TableCell>
                <TableCell>{version.deployedByName ?? <span className="ap-muted">bestand {version.sourceFile}</span>}</TableCell>
                <TableCell>{version.comment ?? <span className="ap-muted">geen</span>}</TableCell>
                <TableCell>{version.runningInstances}</TableCell>
                <TableCell>
                  {previous && (
                    <Link to={`/modellen/${encodeURIComponent(key)}/verschil?van=${previous.version}&naar=${version.version}`} aria-label={`Verschil van versie ${version.version} met versie ${previous.version}`}>
                      met vorige
                    </Link>
                  )}
                </TableCell>
                <TableCell>
                  <Button purpose="secondary" onClick={() => download(version)} aria-label={`Download versie ${version.version} als BPMN`}>
                    Downloaden
                  </Button>
                </TableCell>
              </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
}
