import { Link } from 'react-router';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/dutch-dates';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { loadModels } from './model-api';
import { RefusedFileAlert } from './RefusedFileAlert';

/** Procesmodellen: every protocol and sub-process with the version new incidents start on. */
export function ModelListPage() {
  const models = useApi(loadModels);
  return (
    <>
      <PageTitle>Procesmodellen</PageTitle>
      <Paragraph>
        Elk kanaal van het agressieprotocol en elk deelproces is een BPMN-model. Nieuwe incidenten starten op de nieuwste versie; lopende incidenten maken hun eigen
        versie af. Een team kan een eigen variant van een model hebben: incidenten van dat team lopen dan volgens die variant, alle andere volgens de versie van de
        organisatie.
      </Paragraph>
      <ErrorAlert error={models.error} />
      {!models.data && <Loading what="Procesmodellen laden" />}
      {models.data?.filter((m) => m.refusedFile).map((m) => <RefusedFileAlert key={m.key} level={2} file={m.refusedFile!.file} problems={m.refusedFile!.problems} />)}
      {models.data && (
        <Table className="ap-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Model</TableHeaderCell>
              <TableHeaderCell scope="col">Id</TableHeaderCell>
              <TableHeaderCell scope="col">Versie in gebruik</TableHeaderCell>
              <TableHeaderCell scope="col">Sinds</TableHeaderCell>
              <TableHeaderCell scope="col">Varianten van teams</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {models.data.map((model) => (
              <TableRow key={model.key}>
                <TableCell>
                  <Link to={`/modellen/${encodeURIComponent(model.key)}`}>{model.name}</Link>
                </TableCell>
                <TableCell>
                  <code>{model.key}</code>
                </TableCell>
                <TableCell>{model.version}</TableCell>
                <TableCell>{formatDateTime(model.deployedAt)}</TableCell>
                <TableCell>
                  {model.variants.length === 0 ? (
                    <span className="ap-muted">geen</span>
                  ) : (
                    model.variants.map((v) => `${v.unitName} (versie ${v.version})`).join(', ')
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
