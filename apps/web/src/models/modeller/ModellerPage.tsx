import { FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert, FormField, FormLabel, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client';
import { formatDateTime } from '../../common/dutch-dates';
import { ErrorAlert } from '../../common/ErrorAlert';
import { useApi } from '../../common/useApi';
import { Loading } from '../../shell/Loading';
import { PageTitle } from '../../shell/PageTitle';
import { loadUnits } from '../../organisation/organisation-api';
import { appliesTo, deployModel, loadCatalog, loadDraft, loadElementTemplates, loadVersions, ModelProblem, refusedProblems, saveDraft, versionInUse, versionXml } from '../model-api';
import { BpmnModeller, BpmnModellerHandle, LintIssue } from './BpmnModeller';
import { ProblemList } from './ProblemList';
import { restoredWork, workInTab } from './work-in-tab';

/**
 * What the page opens: the policy owner's own work (this tab's, or their saved draft), or else the version
 * in use for `team` (its variant, or the organisation's when it has none) or for the whole organisation.
 */
async function openModel(key: string, team: string | null) {
  const [versions, draft, catalog, templates, units] = await Promise.all([loadVersions(key), loadDraft(key), loadCatalog(), loadElementTemplates(), loadUnits()]);
  const inUse = versionInUse(versions, team);
  const own = restoredWork(key, draft);
  const xml = own?.xml ?? (await (await versionXml(key, inUse.version)).text());
  return { inUse, nextVersion: versions[0].version + 1, own, xml, baseVersion: own?.baseVersion ?? inUse.version, unitId: own ? (own.unitId ?? null) : team, catalog, templates, units };
}

/**
 * De modeller: a policy owner changes a model and puts it in use as a new version. What they draw is kept
 * in this tab as they go (a refused deploy, an expired sign-in or a reload lose nothing) and, when they
 * choose, as their draft on the server.
 */
export default function ModellerPage() {
  const key = useParams().key!;
  const team = useSearchParams()[0].get('team');
  const navigate = useNavigate();
  const opened = useApi(useCallback(() => openModel(key, team), [key, team]));
  const modeller = useRef<BpmnModellerHandle>(null);
  const [issues, setIssues] = useState<LintIssue[]>([]);
  const [refused, setRefused] = useState<ModelProblem[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const [comment, setComment] = useState(() => sessionStorage.getItem(`agressieprotocol.model-comment.${key}`) ?? '');
  // The team chosen in this tab; until then the draft's or the one the page was opened for.
  const [chosenUnit, setChosenUnit] = useState(() => sessionStorage.getItem(`agressieprotocol.model-unit.${key}`));
  const unitId = chosenUnit ?? opened.data?.unitId ?? null;
  const line = { baseVersion: opened.data?.baseVersion ?? null, unitId: unitId || null };
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const work = opened.data ? workInTab(key, opened.data.baseVersion) : null;

  useEffect(() => sessionStorage.setItem(`agressieprotocol.model-comment.${key}`, comment), [key, comment]);
  useEffect(() => {
    if (chosenUnit !== null) sessionStorage.setItem(`agressieprotocol.model-unit.${key}`, chosenUnit);
  }, [key, chosenUnit]);
  useEffect(() => modeller.current?.markProblems(refused.map((p) => p.elementId).filter((id): id is string => !!id)), [refused]);

  async function save() {
    setError(null);
    setBusy(true);
    try {
      const draft = await saveDraft(key, await modeller.current!.xml(), line);
      setSavedAt(draft.savedAt);
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  }

  async function deploy(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setRefused([]);
    if (!comment.trim()) {
      setError(new ApiError(400, 'Schrijf bij de nieuwe versie wat er verandert en waarom.', { comment: ['Vul dit in.'] }));
      document.getElementById('toelichting')?.focus();
      return;
    }
    setBusy(true);
    try {
      const version = await deployModel(key, await modeller.current!.xml(), comment.trim(), line);
      work?.clear();
      sessionStorage.removeItem(`agressieprotocol.model-comment.${key}`);
      sessionStorage.removeItem(`agressieprotocol.model-unit.${key}`);
      navigate(`/modellen/${encodeURIComponent(key)}`, { state: { deployed: version.version, unitName: version.unitName } });
    } catch (err) {
      setRefused(refusedProblems(err));
      setError(err as Error);
      setBusy(false);
    }
  }

  const errors = issues.filter((i) => i.category === 'error');
  return (
    <>
      <PageTitle>{`Model ${key} bewerken`}</PageTitle>
      <Paragraph>
        <Link to={`/modellen/${encodeURIComponent(key)}`}>Versies van dit model</Link>
      </Paragraph>
      <ErrorAlert error={opened.error} />
      {!opened.data && !opened.error && <Loading what="Model openen" />}
      {opened.data && (
        <>
          <Paragraph>
            {opened.data.own
              ? `U werkt verder aan uw eigen wijzigingen${opened.data.own.savedAt ? ` van ${formatDateTime(opened.data.own.savedAt)}` : ''}, uitgegaan van versie ${opened.data.baseVersion}.`
              : `U bewerkt versie ${opened.data.inUse.version}, de versie die nu in gebruik is voor ${appliesTo(opened.data.inUse)}.`}{' '}
            Kies elementen uit het palet links; in het paneel rechts kiest u bij een taak een sjabloon (topic, formulier of deelproces) en vult u de invoer in.
            Fouten ziet u in het tekenvlak en in de lijst hieronder.
          </Paragraph>
          <BpmnModeller
            ref={modeller}
            xml={opened.data.xml}
            catalog={opened.data.catalog}
            templates={opened.data.templates}
            onChange={(xml) => work?.keep(xml)}
            onLint={setIssues}
            onError={setError}
          />
          <section aria-labelledby="controle">
            <Heading level={2} id="controle">
              Controle
            </Heading>
            <ProblemList
              problems={issues.map((i) => ({ elementId: i.elementId, message: `${i.elementName}: ${i.message}${i.category === 'warn' ? ' (waarschuwing)' : ''}` }))}
              empty="Het model voldoet aan de regels."
              onShow={(id) => modeller.current?.show(id) ?? false}
            />
          </section>
          {/* A refused deploy's problems are listed below; other failures say what happened here. */}
          <ErrorAlert error={refused.length ? null : error} />
          {refused.length > 0 && (
            <Alert type="error">
              <Heading level={2} appearance="level-4">
                Niet in gebruik genomen: de service vond {refused.length === 1 ? '1 probleem' : `${refused.length} problemen`}
              </Heading>
              <ProblemList problems={refused} empty="" onShow={(id) => modeller.current?.show(id) ?? false} />
            </Alert>
          )}
          <form onSubmit={deploy} noValidate className="ap-form">
            <FormField>
              <FormLabel htmlFor="toelichting">Wat verandert er en waarom? (verplicht)</FormLabel>
              <Textarea id="toelichting" value={comment} onChange={(e) => setComment(e.target.value)} required invalid={!!error && !comment.trim()} maxLength={1000} />
            </FormField>
            <FormField>
              <FormLabel htmlFor="geldt-voor">Geldt voor</FormLabel>
              <Select id="geldt-voor" value={unitId ?? ''} onChange={(e) => setChosenUnit(e.target.value)} aria-describedby="geldt-voor-uitleg">
                <SelectOption value="">De hele organisatie</SelectOption>
                {opened.data.units.map((unit) => (
                  <SelectOption key={unit.id} value={unit.id}>
                    Alleen team {unit.name} (variant)
                  </SelectOption>
                ))}
              </Select>
              <Paragraph id="geldt-voor-uitleg" className="ap-muted">
                Een variant geldt voor de incidenten van dat team; alle andere incidenten volgen de versie van de organisatie.
              </Paragraph>
            </FormField>
            <div className="ap-actions">
              <Button purpose="primary" type="submit" disabled={busy}>
                In gebruik nemen als versie {opened.data.nextVersion}
              </Button>
              <Button purpose="secondary" type="button" disabled={busy} onClick={() => void save()}>
                Concept opslaan
              </Button>
              {errors.length > 0 && <span className="ap-muted">{errors.length === 1 ? '1 fout' : `${errors.length} fouten`} in het model</span>}
            </div>
            {savedAt && <Paragraph role="status">Concept opgeslagen om {formatDateTime(savedAt)}.</Paragraph>}
          </form>
        </>
      )}
    </>
  );
}
