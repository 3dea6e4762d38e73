import { useTestApp, withTestApp } from '../support/use-test-app';

/** Guessing passwords is stopped: per account after 5 wrong passwords, and per address after many attempts (the limits are settings). */
describe('sign-in limits', () => {
  const app = useTestApp();
  const login = (username: string, password: string) => app.t.http().post('/api/auth/login').send({ username, password });

  it('blocks an account after 5 wrong passwords, even for the right one, with 429 and Retry-After; others still sign in', async () => {
    for (let i = 0; i < 5; i++) expect((await login('medewerker', `fout-${i}`)).status).toBe(401);
    const sixth = await login('medewerker', 'fout-5');
    expect(sixth.status).toBe(429);
    expect(sixth.headers['retry-after']).toBe('900');
    expect(sixth.body.message).toBe('Te veel inlogpogingen voor deze gebruikersnaam. Probeer het over 15 minuten opnieuw.');
    const right = await login('medewerker', 'demo');
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(800);
    // The name counts as typed, whatever its case.
    expect((await login('MEDEWERKER', 'demo')).status).toBe(429);
    expect((await login('pno', 'demo')).status).toBe(200);
  });

  it('blocks an address after too many attempts', async () => {
    await withTestApp({ signInLimits: { attemptsPerAddress: 8 } }, async ({ t }) => {
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await t.http().post('/api/auth/login').send({ username: `gebruiker-${i}`, password: 'fout' })).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429, 429]);
      const blocked = await t.http().post('/api/auth/login').send({ username: 'pno', password: 'demo' });
      expect(blocked.status).toBe(429);
      expect(blocked.body.message).toMatch(/Te veel inlogpogingen vanaf dit adres/);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    });
  });
});
