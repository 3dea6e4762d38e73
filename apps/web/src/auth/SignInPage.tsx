import { FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert, FormFieldTextbox } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { PageTitle } from '../shell/PageTitle';
import { useMunicipalityName } from '../shell/settings';
import { useSession } from './session';

const REASONS = {
  expired: 'Uw sessie is verlopen. Log opnieuw in om verder te gaan.',
  'signed-out': 'U bent uitgelogd.',
} as const;

export function SignInPage() {
  const session = useSession();
  const municipality = useMunicipalityName();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);

  if (session.session && !busy) return <Navigate to={from} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Said at the field before anything is sent: an empty field needs no round trip.
    const empty = { username: username.trim() ? undefined : 'Vul uw gebruikersnaam in.', password: password ? undefined : 'Vul uw wachtwoord in.' };
    setMissing(empty);
    if (empty.username || empty.password) return;
    setBusy(true);
    setError(null);
    try {
      await session.signIn(username.trim(), password);
      navigate(from, { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <div className="ap-narrow">
      <PageTitle>Inloggen</PageTitle>
      <Paragraph>Log in met uw account van {municipality || 'de gemeente'} om meldingen, taken en brieven van het agressieprotocol te zien.</Paragraph>
      {session.reason && !error && (
        <Alert type={session.reason === 'expired' ? 'warning' : 'info'} role="status">
          <Paragraph>{session.why ?? REASONS[session.reason]}</Paragraph>
        </Alert>
      )}
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="ap-form">
        <FormFieldTextbox label="Gebruikersnaam" name="username" autoComplete="username" required value={username} invalid={!!missing.username} errorMessage={missing.username} onChange={(e) => setUsername((e.target as HTMLInputElement).value)} />
        <FormFieldTextbox label="Wachtwoord" name="password" type="password" autoComplete="current-password" required value={password} invalid={!!missing.password} errorMessage={missing.password} onChange={(e) => setPassword((e.target as HTMLInputElement).value)} />
        <Button type="submit" purpose="primary" disabled={busy}>
          Inloggen
        </Button>
      </form>
    </div>
  );
}
