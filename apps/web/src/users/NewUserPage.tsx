import { Link, useNavigate } from 'react-router';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { ErrorAlert } from '../common/ErrorAlert';
import { useApi } from '../common/useApi';
import { ServerForm } from '../forms/ServerForm';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { createAccount, loadAccountForms } from './users-api';

/** A new account; the form is the server's, so its rules and messages are the server's. */
export default function NewUserPage() {
  const navigate = useNavigate();
  const forms = useApi(loadAccountForms);
  return (
    <>
      <PageTitle>Gebruiker toevoegen</PageTitle>
      <ErrorAlert error={forms.error} />
      {!forms.data && forms.loading && <Loading what="Formulier laden" />}
      {forms.data && (
        <ServerForm
          schema={forms.data.create}
          draftKey="gebruiker.nieuw"
          heading="Het account"
          submitLabel="Gebruiker toevoegen"
          send={async (value) => {
            const account = await createAccount(value);
            navigate(`/beheer/gebruikers/${account.id}`, { state: { done: `Het account van ${account.displayName} is aangemaakt.` } });
          }}
        />
      )}
      <Paragraph>
        <Link to="/beheer/gebruikers">Terug naar gebruikers</Link>
      </Paragraph>
    </>
  );
}
