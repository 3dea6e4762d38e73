import { FormEvent, lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormField, FormLabel, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ErrorAlert } from '../../common/ErrorAlert';
import { useApi } from '../../common/useApi';
import { Loading } from '../../shell/Loading';
import { PageTitle } from '../../shell/PageTitle';
import { loadDiff, loadVersions, versionXml } from '../model-api';
import { DiffList } from './DiffList';

const BpmnDiagram = lazy(() => import('../../common/BpmnDiagram'));

const LEGEND = [
  { className: 'ap-diff-added', label: 'Erbij gekomen (rechts)' },
  { className: 'ap-diff-changed', label: 'Gewijzigd (beide)' },
  { className: 'ap-diff-removed', label: 'Weggehaald (links)' },
];

async function loadComparison(key: string, from: number, to: number) {
  const [diff, older, newer] = await Promise.all([loadDiff(key, from, to), versionXml(key, Math.min(from, to)), versionXml(key, Math.max(from, to))]);
  return { diff, older: await older.text(), newer: await newer.text() };
}

/**
 * Two versions of a model side by side, the older on the left: what the newer one added, removed and
 * changed, marked in both diagrams and listed in words with every changed property, old value first.
 */
export default function ModelDiffPage() {
  const key = useParams().key!;
  const [params, setParams] = useSearchParams();
  const versions = useApi(useCallback(() => loadVersions(key), [key]));
  const newest = versions.data?.[0]?.version ?? 1;
  const to = Number(params.get('naar')) || newest;
  const from = Number(params.get('van')) || Math.max(1, to - 1);
  const comparison = useApi(useCallback(() => loadComparison(key, from, to), [key, from, to]));
  const [choice, setChoice] = useState<{ van?: string; naar?: string }>({});
  const { diff } = comparison.data ?? {};
  const markers = useMemo(
    () =>
      diff && {
        older: { 'ap-diff-removed': diff.removed.map((e) => e.id), 'ap-diff-changed': diff.changed.map((e) => e.id) },
        newer: { 'ap-diff-added': diff.added.map((e) => e.id), 'ap-diff-changed': diff.changed.map((e) => e.id) },
      },
    [diff],
  );

  function compare(event: FormEvent) {
    event.preventDefault();
    setParams({ van: choice.van ?? String(from), naar: choice.naar ?? String(to) });
  }

  const versionChoice = (id: string, label: string, value: number, field: 'van' | 'naar') => (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={choice[field] ?? String(value)} onChange={(e) => setChoice({ ...choice, [field]: e.target.value })}>
        {versions.data?.map((v) => (
          <SelectOption key={v.version} value={String(v.version)}>
            Versie {v.version}
            {v.comment ? `: ${v.comment}` : v.sourceFile ? ` (bestand ${v.sourceFile})` : ''}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );

  return (
    <>
      <PageTitle>{`Verschil tussen versie ${Math.min(from, to)} en ${Math.max(from, to)} van ${key}`}</PageTitle>
      <Paragraph>
        <Link to={`/modellen/${encodeURIComponent(key)}`}>Versies van dit model</Link>
      </Paragraph>
      {versions.data && versions.data.length > 1 && (
        <form className="ap-form ap-form--inline" onSubmit={compare}>
          {versionChoice('versie-van', 'Vergelijk versie', from, 'van')}
          {versionChoice('versie-naar', 'met versie', to, 'naar')}
          <Button purpose="secondary" type="submit">
            Vergelijken
          </Button>
        </form>
      )}
      <ErrorAlert error={versions.error ?? comparison.error} />
      {!comparison.data && !comparison.error && <Loading what="Versies vergelijken" />}
      {comparison.data && diff && markers && (
        <>
          <section aria-labelledby="in-woorden">
            <Heading level={2} id="in-woorden">
              Wat versie {diff.to} anders doet dan versie {diff.from}
            </Heading>
            <DiffList title="Erbij gekomen" elements={diff.added} />
            <DiffList title="Weggehaald" elements={diff.removed} />
            <Heading level={3}>Gewijzigd</Heading>
            {diff.changed.length === 0 ? (
              <Paragraph>Niets.</Paragraph>
            ) : (
              <Table className="ap-table">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Element</TableHeaderCell>
                    <TableHeaderCell scope="col">Eigenschap</TableHeaderCell>
                    <TableHeaderCell scope="col">In versie {diff.from}</TableHeaderCell>
                    <TableHeaderCell scope="col">In versie {diff.to}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {diff.changed.flatMap((element) =>
                    element.changes.map((change, i) => (
                      <TableRow key={`${element.id}-${change.property}`}>
                        <TableCell>{i === 0 ? element.label : ''}</TableCell>
                        <TableCell>{change.property}</TableCell>
                        <TableCell>{change.old || <span className="ap-muted">(leeg)</span>}</TableCell>
                        <TableCell>{change.new || <span className="ap-muted">(leeg)</span>}</TableCell>
                      </TableRow>
                    )),
                  )}
                </TableBody>
              </Table>
            )}
          </section>
          <ul className="ap-legend" aria-label="Legenda">
            {LEGEND.map((m) => (
              <li key={m.className}>
                <span className={`ap-legend__swatch ${m.className}`} aria-hidden="true" /> {m.label}
              </li>
            ))}
          </ul>
          <div className="ap-diff">
            <Suspense fallback={<Loading what="Diagrammen laden" />}>
              {[
                { version: diff.from, xml: comparison.data.older, marks: markers.older, side: 'ouder' },
                { version: diff.to, xml: comparison.data.newer, marks: markers.newer, side: 'nieuwer' },
              ].map(({ version, xml, marks, side }) => (
                <section key={side} className="ap-diagram" aria-labelledby={`diagram-${side}`}>
                  <Heading level={2} appearance="level-4" id={`diagram-${side}`}>
                    Versie {version} ({side})
                  </Heading>
                  <BpmnDiagram xml={xml} markers={marks} label={`Diagram van versie ${version} (${side})`} failure="Het diagram kon niet worden getoond. Het verschil staat in woorden hierboven." />
                </section>
              ))}
            </Suspense>
          </div>
        </>
      )}
    </>
  );
}
