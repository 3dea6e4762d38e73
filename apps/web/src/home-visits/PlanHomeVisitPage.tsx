import { Link, useNavigate } from 'react-router';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api, call, Schemas } from '../api/client';
import { forgetIdempotencyKey, idempotencyKey } from '../common/idempotency-key';
import { ErrorAlert } from '../common/ErrorAlert';
import { useApi } from '../common/useApi';
import { FormSchema } from '../forms/json-schema';
import { ServerForm } from '../forms/ServerForm';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { loadPlanForm } from './visit-api';

/** Plan a visit: the form is the server's plan class as JSON Schema, so its rules and messages are the server's. */
export default function PlanHomeVisitPage() {
  const navigate = useNavigate();
  const form = useApi(loadPlanForm);
  return (
    <>
      <PageTitle>Huisbezoek plannen</PageTitle>
      <Paragraph>Na het plannen schat u het risico in en besluit het afdelingshoofd of u met z’n tweeën gaat.</Paragraph>
      <ErrorAlert error={form.error} />
      {!form.data && form.loading && <Loading what="Formulier laden" />}
      {form.data && (
        <ServerForm
          schema={form.data.schema as FormSchema}
          draftKey="huisbezoek.plannen"
          heading="Het bezoek"
          submitLabel="Huisbezoek plannen"
          send={async (value) => {
            const visit = await call(api.POST('/api/home-visits', { body: value as Schemas['PlanHomeVisitDto'], headers: { 'Idempotency-Key': idempotencyKey('huisbezoek', value) } }));
            forgetIdempotencyKey('huisbezoek');
            navigate(`/huisbezoeken/${visit.id}`, { state: { done: 'Het huisbezoek is gepland.' } });
          }}
        />
      )}
      <Paragraph>
        <Link to="/huisbezoeken">Terug naar huisbezoeken</Link>
      </Paragraph>
    </>
  );
}
