import { useCallback, useState } from 'react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { ErrorAlert } from '../common/ErrorAlert';
import { useApi } from '../common/useApi';
import { Loading } from '../shell/Loading';
import { loadDiff, shortSha, TemplateVersion } from './template-api';

const versionLabel = (v: TemplateVersion) => `${shortSha(v.sha256)}${v.publishedAs.length ? ` (publicatie ${v.publishedAs.join(', ')})` : ' (concept)'}`;

/** The wording of two versions, paragraph by paragraph: what was removed and what was added. */
export function WordingDiff({ code, versions, from: initialFrom, to: initialTo }: { code: string; versions: TemplateVersion[]; from: string; to: string }) {
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const diff = useApi(useCallback(() => loadDiff(code, from, to), [code, from, to]));
  const changed = diff.data?.parts.filter((p) => p.kind !== 'same') ?? [];
  return (
    <>
      <div className="ap-form ap-form--inline">
        <VersionSelect id="diff-from" label="Van versie" value={from} versions={versions} onChange={setFrom} />
        <VersionSelect id="diff-to" label="Naar versie" value={to} versions={versions} onChange={setTo} />
      </div>
      <ErrorAlert error={diff.error} />
      {diff.loading && !diff.error && <Loading what="Verschil laden" />}
      {diff.data && !diff.loading && (
        <>
          <Paragraph role="status">{changed.length ? `${changed.length} ${changed.length === 1 ? 'alinea verschilt' : 'alinea’s verschillen'}.` : 'De tekst van de twee versies is gelijk.'}</Paragraph>
          <ol className="ap-wording-diff">
            {diff.data.parts.map((part, i) =>
              part.kind === 'same' ? (
                <li key={i} className="ap-muted">
                  {part.text || '\u00a0'}
                </li>
              ) : part.kind === 'added' ? (
                <li key={i}>
                  <ins>
                    <span className="ap-visually-hidden">Toegevoegd: </span>
                    {part.text}
                  </ins>
                </li>
              ) : (
                <li key={i}>
                  <del>
                    <span className="ap-visually-hidden">Verwijderd: </span>
                    {part.text}
                  </del>
                </li>
              ),
            )}
          </ol>
        </>
      )}
    </>
  );
}

function VersionSelect({ id, label, value, versions, onChange }: { id: string; label: string; value: string; versions: TemplateVersion[]; onChange(sha: string): void }) {
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => (
          <SelectOption key={v.sha256} value={v.sha256}>
            {versionLabel(v)}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
