import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../common/ErrorAlert';
import { PageSection } from '../common/PageSection';
import { useApi } from '../common/useApi';
import { FormValue } from '../forms/json-schema';
import { ServerForm } from '../forms/ServerForm';
import { Loading } from '../shell/Loading';
import { PageTitle } from '../shell/PageTitle';
import { Account, AccountForms, activateAccount, changeAccount, deactivateAccount, loadAccount, loadAccountForms, setPassword } from './users-api';

/** One account: its details and roles, a new password, and deactivating or activating it. */
export default function UserPage() {
  const { id } = useParams<{ id: string }>();
  const account = useApi(useCallback(() => loadAccount(id!), [id]));
  const forms = useApi(loadAccountForms);
  const error = account.error ?? forms.error;
  if (!account.data || !forms.data) {
    return (
      <>
        <PageTitle>Gebruiker</PageTitle>
        <ErrorAlert error={error} />
        {!error && <Loading what="Gebruiker laden" />}
      </>
    );
  }
  return <AccountView account={account.data} forms={forms.data} reload={account.reload} />;
}

function AccountView({ account, forms, reload }: { account: Account; forms: AccountForms; reload(): void }) {
  const location = useLocation();
  const [done, setDone] = useState<string | null>((location.state as { done?: string } | null)?.done ?? null);
  const [error, setError] = useState<ApiError | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  // The form that was just sent is replaced: the confirmation takes the focus, so the keyboard is not lost.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const after = (message: string) => {
    setError(null);
    setDone(message);
    reload();
  };
  const current: FormValue = { displayName: account.displayName, jobTitle: account.jobTitle, email: account.email ?? undefined, roles: account.roles };

  return (
    <>
      <PageTitle>{account.displayName}</PageTitle>
      {done && (
        <Alert type="ok" role="status" ref={doneRef} tabIndex={-1} className="ap-done">
          <Paragraph>{done}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        Gebruikersnaam <strong>{account.username}</strong> · {account.active ? 'actief' : 'gedeactiveerd: kan niet inloggen'}
      </Paragraph>
      <ErrorAlert error={error} />
      <ServerForm
        key={JSON.stringify(current)}
        schema={forms.change}
        initial={current}
        draftKey={`gebruiker.${account.id}.gegevens`}
        heading="Gegevens en rollen"
        submitLabel="Wijzigingen opslaan"
        send={async (value) => {
          await changeAccount(account.id, value);
          after('De gegevens en rollen zijn opgeslagen; ze gelden meteen.');
        }}
      />
      <ServerForm
        schema={forms.password}
        draftKey={`gebruiker.${account.id}.wachtwoord`}
        heading="Wachtwoord opnieuw instellen"
        submitLabel="Wachtwoord instellen"
        send={async (value) => {
          await setPassword(account.id, value);
          after('Het nieuwe wachtwoord is ingesteld; wie nog met het oude was ingelogd, is uitgelogd.');
        }}
      />
      {account.active ? (
        <ServerForm
          schema={forms.deactivate}
          draftKey={`gebruiker.${account.id}.deactiveren`}
          heading="Account deactiveren"
          submitLabel="Account deactiveren"
          send={async (value) => {
            await deactivateAccount(account.id, value);
            after(`Het account van ${account.displayName} is gedeactiveerd; het kan niets meer, ook niet als het nog was ingelogd.`);
          }}
        />
      ) : (
        <PageSection title="Account weer activeren">
          <Paragraph>Na activeren kan {account.displayName} weer inloggen, met de rollen hierboven.</Paragraph>
          <Button
            purpose="primary"
            onClick={() =>
              activateAccount(account.id).then(
                () => after(`Het account van ${account.displayName} is weer actief.`),
                (err: ApiError) => setError(err),
              )
            }
          >
            Account activeren
          </Button>
        </PageSection>
      )}
      <Paragraph>
        <Link to="/beheer/gebruikers">Terug naar gebruikers</Link>
      </Paragraph>
    </>
  );
}
