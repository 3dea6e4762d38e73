import { FormEvent, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../common/ErrorAlert';
import { useApi } from '../common/useApi';
import { useDraft } from '../forms/draft';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FormSchema, labelOf } from '../forms/json-schema';
import { FieldErrors, SchemaForm } from '../forms/SchemaForm';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { tasksChanged } from '../tasks/task-events';
import { BehaviourChoice } from './BehaviourChoice';
import { CitizenStep } from './CitizenStep';
import { PhotoStep, photoProblem } from './PhotoStep';
import { RadioChoice } from './RadioChoice';
import { loadReportForm, ReportForm, submitReport, uploadPhoto } from './report-api';
import { behaviourOf, channelOf, DETAIL_FIELDS, nested, pick, ReportDraft, reportBody, Section, sectionsFor, withChoice } from './report-value';

const SECTION_HELP: Record<Section, string> = {
  onSiteSteps: 'Vul nu in wat u ter plekke deed, met de tijden. Laat u dit leeg, dan komt het als taak in Mijn taken.',
  perpetrator: 'Beschrijf de dader nu het nog vers is. Laat u dit leeg, dan komt het als taak in Mijn taken.',
};

/** Why a part is not asked of this user: who records it, and when. */
function someoneElse(roles: { label: string }[]): string {
  const names = roles.map((r) => r.label);
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} of ${names[names.length - 1]}` : names[0];
  return `Dit vult u niet in: iemand met de rol ${who} legt het na de melding vast, als taak.`;
}

/** Melding maken: one guided form for every channel, that starts the channel's protocol. */
export default function ReportIncidentPage() {
  const form = useApi(loadReportForm);
  if (!form.data) {
    return (
      <>
        <PageTitle>Melding maken</PageTitle>
        {form.error ? <ErrorAlert error={form.error} /> : <Loading what="Formulier laden" />}
      </>
    );
  }
  return <ReportIncidentForm form={form.data} />;
}

/** A report stored, its photo not (yet): the report is not sent again, the photo can be. */
interface Stored {
  id: string;
  reference: string;
  citizenId: string;
}

function ReportIncidentForm({ form }: { form: ReportForm }) {
  const navigate = useNavigate();
  const session = useSession();
  const mayAttachPhoto = session.may('attachPhotos');
  const roles = session.session?.user.roles ?? [];
  const [draft, setDraft, clearDraft] = useDraft('melding') as [ReportDraft, (value: ReportDraft) => void, () => void];
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [photo, setPhoto] = useState<File | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [stored, setStored] = useState<Stored | null>(null);
  // Set at once, not at the next render: a second click or Enter before the button is disabled sends nothing.
  const sending = useRef(false);
  const root = form.schema as FormSchema;
  const channel = channelOf(form, draft);
  const behaviour = behaviourOf(channel, draft.behaviour);
  const sections = sectionsFor(channel, draft, roles);
  const choose = (change: Partial<ReportDraft>) => setDraft(withChoice(form, draft, change));

  function choosePhoto(file: File | null) {
    setPhoto(file);
    setPhotoError(file && photoProblem(file, form.photo));
  }

  async function sendPhoto(incident: Stored): Promise<void> {
    try {
      if (photo) await uploadPhoto(incident.citizenId, photo);
      navigate(`/dossiers/${incident.id}`);
    } catch (err) {
      setStored(incident);
      setPhotoError((err as ApiError).message);
      setBusy(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending.current) return;
    if (photoError) {
      document.getElementById('veld-foto')?.focus();
      return;
    }
    sending.current = true;
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      const incident = await submitReport(reportBody(form, draft, roles));
      clearDraft();
      tasksChanged.emit();
      await sendPhoto(incident);
    } catch (err) {
      const failure = err as ApiError;
      setError(failure);
      setErrors(failure.fields ?? {});
      sending.current = false;
      setBusy(false);
    }
  }

  if (stored) {
    return (
      <>
        <PageTitle>Melding maken</PageTitle>
        <Alert type="warning" role="alert">
          <Heading level={2} appearance="level-4">
            De melding is opgeslagen ({stored.reference}), de foto nog niet
          </Heading>
          <Paragraph>{photoError}</Paragraph>
        </Alert>
        {mayAttachPhoto && <PhotoStep rules={form.photo} problem={null} onChange={choosePhoto} />}
        <div className="ap-actions">
          <Button purpose="primary" disabled={busy || !photo} onClick={() => (setBusy(true), void sendPhoto(stored))}>
            Foto opnieuw versturen
          </Button>
          <Link to={`/dossiers/${stored.id}`}>Naar het dossier zonder foto</Link>
        </div>
      </>
    );
  }

  return (
    <>
      <PageTitle>Melding maken</PageTitle>
      <Paragraph>Meld agressie tegen een medewerker. Het protocol van het kanaal start direct; wat u nu al weet, hoeft u later niet meer in te vullen.</Paragraph>
      {Object.keys(errors).length === 0 && <ErrorAlert error={error} />}
      <form onSubmit={submit} noValidate className="ap-form ap-report">
        {error && <ErrorSummary message="De melding is niet verstuurd" errors={errors} schema={root} />}
        <section aria-labelledby="stap-kanaal">
          <Heading level={2} id="stap-kanaal">
            1. Waar had u contact met de burger?
          </Heading>
          <RadioChoice path="channel" legend="Kanaal" options={form.channels} value={draft.channel} onChange={(key) => choose({ channel: key })} errors={errors} />
        </section>
        {channel && (
          <>
            <section aria-labelledby="stap-burger">
              <Heading level={2} id="stap-burger">
                2. Om welke burger gaat het?
              </Heading>
              <CitizenStep
                schema={nested(root, 'citizen')}
                known={draft.known}
                citizen={draft.citizen}
                onKnown={(known) => setDraft({ ...draft, known, citizen: undefined })}
                onCitizen={(citizen) => setDraft({ ...draft, known: null, citizen })}
                errors={errors}
              />
            </section>
            <section aria-labelledby="stap-incident">
              <Heading level={2} id="stap-incident">
                3. Het incident
              </Heading>
              <BehaviourChoice channel={channel} value={draft.behaviour} onChange={(behaviour) => choose({ behaviour })} errors={errors} />
              {behaviour && (
                <RadioChoice path="category" legend="Hoe ernstig was het? (categorie)" options={behaviour.categories} value={draft.category} onChange={(category) => choose({ category })} errors={errors} />
              )}
              <SchemaForm schema={pick(root, DETAIL_FIELDS)} value={draft} onChange={(value) => setDraft(value as ReportDraft)} errors={errors} />
            </section>
            {sections.map(({ section, mayFill }, i) => (
              <section aria-labelledby={`stap-${section.key}`} key={section.key}>
                <Heading level={2} id={`stap-${section.key}`}>
                  {4 + i}. {labelOf(section.key, root.properties![section.key])}
                  {mayFill && ' (niet verplicht)'}
                </Heading>
                {mayFill ? (
                  <>
                    <Paragraph>{SECTION_HELP[section.key]}</Paragraph>
                    <SchemaForm
                      schema={nested(root, section.key)}
                      path={section.key}
                      value={draft[section.key] ?? {}}
                      onChange={(value) => setDraft({ ...draft, [section.key]: value })}
                      errors={errors}
                    />
                  </>
                ) : (
                  <Paragraph>{someoneElse(section.roles)}</Paragraph>
                )}
              </section>
            ))}
            {mayAttachPhoto && (
              <section aria-labelledby="stap-foto">
                <Heading level={2} id="stap-foto">
                  {4 + sections.length}. Foto voor de receptie
                </Heading>
                <PhotoStep rules={form.photo} problem={photoError} onChange={choosePhoto} />
              </section>
            )}
            <Button type="submit" purpose="primary" disabled={busy}>
              Melding versturen
            </Button>
          </>
        )}
      </form>
    </>
  );
}
