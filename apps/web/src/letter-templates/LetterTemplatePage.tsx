import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { saveBlob } from '../common/download';
import { ErrorAlert } from '../common/ErrorAlert';
import { PageSection } from '../common/PageSection';
import { formatDateTime } from '../common/dutch-dates';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { PreviewPanel } from './PreviewPanel';
import { PublishForm } from './PublishForm';
import { PublicationTable, VersionTable } from './TemplateHistory';
import { TemplateProblems } from './TemplateProblems';
import { LetterTemplateDetail, loadTemplate, restorePublication, shortSha, UploadedVersion, versionDocx } from './template-api';
import { UploadVersionForm } from './UploadVersionForm';
import { WordingDiff } from './WordingDiff';

/** One letter for legal staff: what it is for, its versions and publications, upload, preview, publish and restore. */
export default function LetterTemplatePage() {
  const code = useParams().code!;
  const template = useApi(useCallback(() => loadTemplate(code), [code]));
  const mayEdit = useSession().may('editLetterTemplates');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [stale, setStale] = useState<UploadedVersion['stale']>(null);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [publishing, setPublishing] = useState<string | null>(null);
  const [compared, setCompared] = useState<string | null>(null);
  // The publication legal staff edit from: the one in use when they opened the page (and downloaded it).
  const [basedOn, setBasedOn] = useState<number | null>(null);
  const data = template.data;
  if (data?.live && basedOn === null) setBasedOn(data.live.number);

  function done(message: string) {
    setStatus(message);
    setError(null);
    template.reload();
  }

  async function download(sha: string) {
    setError(null);
    try {
      saveBlob(await versionDocx(code, sha), `${code}-${shortSha(sha)}.docx`);
      if (sha === data?.live?.sha256) setBasedOn(data.live.number);
    } catch (err) {
      setError(err as ApiError);
    }
  }

  async function restore(number: number) {
    setError(null);
    try {
      const p = await restorePublication(code, number);
      setBasedOn(p.number);
      done(`Publicatie ${number} is teruggezet als publicatie ${p.number}. Nieuwe brieven ${code} krijgen weer die versie.`);
    } catch (err) {
      setError(err as ApiError);
    }
  }

  return (
    <>
      <PageTitle>{`Brief ${code}`}</PageTitle>
      <Paragraph>
        <Link to="/beheer/briefsjablonen">Alle briefsjablonen</Link>
      </Paragraph>
      <div aria-live="polite">{status && <Alert type="ok" role="status"><Paragraph>{status}</Paragraph></Alert>}</div>
      <ErrorAlert error={template.error ?? error} />
      {!data && !template.error && <Loading what="Brief laden" />}
      {data && (
        <>
          <Summary template={data} />
          {data.refusedFile && (
            <TemplateProblems
              level={2}
              title={`Bestand ${data.refusedFile.file} is bij het starten geweigerd`}
              intro="Nieuwe brieven gebruiken de gepubliceerde versie hieronder. Wat er mis is met het bestand:"
              problems={data.refusedFile.problems}
            />
          )}
          {mayEdit && (
            <PageSection title="Nieuwe versie uploaden">
              <UploadVersionForm
                code={code}
                basedOn={basedOn}
                onUploaded={(result) => {
                  setStale(result.stale);
                  setPreviewed(result.version.sha256);
                  done(`Versie ${shortSha(result.version.sha256)} is gecontroleerd en opgeslagen als concept. Bekijk het voorbeeld hieronder en publiceer de versie als die klopt.`);
                }}
              />
              {stale && (
                <Alert type="warning">
                  <Paragraph>
                    Let op: uw versie is een bewerking van publicatie {stale.basedOn}, maar intussen is publicatie {stale.newest.number} in gebruik genomen
                    {stale.newest.publishedByName ? ` door ${stale.newest.publishedByName}` : ''} op {formatDateTime(stale.newest.publishedAt)}. Vergelijk de versies
                    voordat u publiceert; anders gaan die wijzigingen verloren.
                  </Paragraph>
                </Alert>
              )}
            </PageSection>
          )}
          <PageSection title="Versies">
            <VersionTable
              versions={data.versions}
              actions={{
                mayEdit,
                liveSha: data.live?.sha256 ?? null,
                preview: setPreviewed,
                download,
                publish: setPublishing,
                compare: setCompared,
              }}
            />
            {publishing && (
              <PublishForm
                code={code}
                sha={publishing}
                onCancel={() => setPublishing(null)}
                onPublished={(p) => {
                  setPublishing(null);
                  setStale(null);
                  setBasedOn(p.number);
                  done(`Versie ${shortSha(p.sha256)} is gepubliceerd als publicatie ${p.number}. Nieuwe brieven ${code} krijgen deze versie.`);
                }}
              />
            )}
          </PageSection>
          {(previewed ?? data.live?.sha256) && (
            <PageSection title={`Voorbeeld van versie ${shortSha((previewed ?? data.live?.sha256)!)}`}>
              <PreviewPanel code={code} sha={(previewed ?? data.live?.sha256)!} samples={data.samples} pdfAvailable={data.pdfAvailable} />
            </PageSection>
          )}
          {data.versions.length > 1 && data.live && (
            <PageSection title="Verschil in tekst">
              <WordingDiff
                key={compared ?? ''}
                code={code}
                versions={data.versions}
                from={data.live.sha256}
                to={compared ?? data.versions.find((v) => v.sha256 !== data.live!.sha256)!.sha256}
              />
            </PageSection>
          )}
          <PageSection title="Publicaties">
            <PublicationTable publications={data.publications} mayEdit={mayEdit} restore={restore} />
          </PageSection>
          <PageSection title="Velden">
            <FieldTable template={data} />
          </PageSection>
        </>
      )}
    </>
  );
}

function Summary({ template }: { template: LetterTemplateDetail }) {
  return (
    <dl className="ap-facts">
      <dt>Doel</dt>
      <dd>{template.purpose}</dd>
      <dt>Soort</dt>
      <dd>{template.decision ? 'Besluit: de brief moet de bezwaarclausule bevatten' : 'Brief zonder bezwaarmogelijkheid'}</dd>
      <dt>Opgesteld in</dt>
      <dd>
        {template.uses.length ? (
          <ul className="ap-plain-list">
            {template.uses.map((u, i) => (
              <li key={i}>
                model {u.modelName} ({u.channels.join(', ') || 'geen kanaal'}), ondertekend door {u.signer}
              </li>
            ))}
          </ul>
        ) : (
          'geen in gebruik genomen model stelt deze brief op'
        )}
      </dd>
      {template.addressees.length > 0 && (
        <>
          <dt>Gericht aan</dt>
          <dd>{template.addressees.join(', ')}</dd>
        </>
      )}
      <dt>In gebruik</dt>
      <dd>
        {template.live
          ? `publicatie ${template.live.number}, ${formatDateTime(template.live.publishedAt)}, ${template.live.publishedByName ?? `uit bestand ${template.live.sourceFile}`}`
          : 'nog niet gepubliceerd'}
      </dd>
    </dl>
  );
}

function FieldTable({ template }: { template: LetterTemplateDetail }) {
  return (
    <>
      <Paragraph>
        De velden die een brief mag gebruiken. Zet een veld tussen accolades, bijvoorbeeld <code>{'{burger.naam}'}</code>; een tekst die alleen onder een voorwaarde
        verschijnt, zet u tussen <code>{'{#veld}'}</code> en <code>{'{/veld}'}</code>.
      </Paragraph>
      <Table className="ap-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Veld</TableHeaderCell>
            <TableHeaderCell scope="col">Betekenis</TableHeaderCell>
            <TableHeaderCell scope="col">Voorbeeld</TableHeaderCell>
            <TableHeaderCell scope="col">In deze brief</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {template.fields.map((f) => (
            <TableRow key={f.tag}>
              <TableHeaderCell scope="row">
                <code>{`{${f.tag}}`}</code>
              </TableHeaderCell>
              <TableCell>
                {f.description}
                {f.required && <strong> (verplicht in elke brief)</strong>}
                {f.optional && <span className="ap-muted"> (niet elke brief heeft dit veld)</span>}
              </TableCell>
              <TableCell>{f.example}</TableCell>
              <TableCell>{f.used ? 'gebruikt' : <span className="ap-muted">niet gebruikt</span>}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
