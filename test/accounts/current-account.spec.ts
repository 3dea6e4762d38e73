import { Database } from '@ap/persistence';
import { useTestApp } from '../support/use-test-app';

/**
 * A token is honoured only for the account as it is now: deactivating it, taking a role away, a new
 * password or signing out takes effect on the very next request, not when the token would have expired.
 */
describe('a token is judged on the account as it is now', () => {
  const app = useTestApp();
  const http = () => app.t.http();
  const admin = () => app.api.as('beheer');

  async function signIn(username: string, password: string): Promise<string> {
    const res = await http().post('/api/auth/login').send({ username, password });
    expect(res.status).toBe(200);
    return res.body.accessToken;
  }
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function newAccount(username: string, roles: string[]) {
    const res = await http()
      .post('/api/users')
      .set(await admin())
      .send({ username, displayName: `Test ${username}`, jobTitle: 'afdelingshoofd Test', roles, password: 'lang genoeg wachtwoord' });
    expect(res.status).toBe(201);
    return res.body as { id: string; username: string; roles: string[]; active: boolean };
  }

  const audit = (resourceId: string) =>
    app.t.app.get(Database).read((uow) => uow.query(`SELECT actor, action, resource_type, resource_id, reason, details, address FROM audit_trail WHERE resource_id = $1 ORDER BY id`, [resourceId]));

  it('refuses a deactivated account on its next request and at sign-in, and lets it back in once activated', async () => {
    const user = await newAccount('t.deactivated', ['department-head']);
    const token = await signIn('t.deactivated', 'lang genoeg wachtwoord');
    await http().get('/api/incidents').set(bearer(token)).expect(200);

    await http().post(`/api/users/${user.id}/deactivate`).set(await admin()).send({ reason: 'Uit dienst per 1 december' }).expect(204);
    const refused = await http().get('/api/incidents').set(bearer(token));
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe('Uw account is gedeactiveerd; neem contact op met de beheerder');
    expect((await http().post('/api/auth/login').send({ username: 't.deactivated', password: 'lang genoeg wachtwoord' })).status).toBe(401);

    await http().post(`/api/users/${user.id}/activate`).set(await admin()).expect(204);
    // The old token stays ended; a new sign-in works.
    expect((await http().get('/api/incidents').set(bearer(token))).status).toBe(401);
    await http().get('/api/incidents').set(bearer(await signIn('t.deactivated', 'lang genoeg wachtwoord'))).expect(200);

    const trail = await audit(user.id);
    expect(trail.map((row: any) => row.action)).toEqual(['user-created', 'user-deactivated', 'user-activated']);
    expect(trail[1]).toMatchObject({ actor: 'beheer', reason: 'Uit dienst per 1 december', resource_type: 'user', details: { username: 't.deactivated', sessionsEnded: 1 } });
    expect(trail[1].address).toMatch(/127\.0\.0\.1/);
  });

  it('judges a request on the roles the account has now', async () => {
    const user = await newAccount('t.demoted', ['department-head', 'employee']);
    const token = await signIn('t.demoted', 'lang genoeg wachtwoord');
    await http().get('/api/bans/active').set(bearer(token)).expect(200);

    const changed = await http().patch(`/api/users/${user.id}`).set(await admin()).send({ roles: ['employee'] });
    expect(changed.status).toBe(200);
    expect(changed.body.roles).toEqual(['employee']);
    const refused = await http().get('/api/bans/active').set(bearer(token));
    expect(refused.status).toBe(403);
    expect((await http().get('/api/auth/me').set(bearer(token)).expect(200)).body.roles).toEqual(['employee']);

    const [, change] = await audit(user.id);
    expect(change).toMatchObject({ action: 'user-changed', details: { changed: { roles: { from: ['department-head', 'employee'], to: ['employee'] } } } });
  });

  it('ends only this sign-in when the user signs out', async () => {
    await newAccount('t.twice', ['employee']);
    const first = await signIn('t.twice', 'lang genoeg wachtwoord');
    const second = await signIn('t.twice', 'lang genoeg wachtwoord');
    await http().post('/api/auth/logout').set(bearer(first)).expect(204);
    const refused = await http().get('/api/auth/me').set(bearer(first));
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe('U bent uitgelogd; log opnieuw in');
    await http().get('/api/auth/me').set(bearer(second)).expect(200);
  });

  it('ends every sign-in of an account whose password the admin sets anew', async () => {
    const user = await newAccount('t.forgot', ['employee']);
    const token = await signIn('t.forgot', 'lang genoeg wachtwoord');
    const short = await http().put(`/api/users/${user.id}/password`).set(await admin()).send({ password: 'kort' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([{ field: 'password', problems: ['Gebruik minstens 12 tekens.'] }]);
    await http().get('/api/auth/me').set(bearer(token)).expect(200);

    await http().put(`/api/users/${user.id}/password`).set(await admin()).send({ password: 'een heel nieuw wachtwoord' }).expect(204);
    expect((await http().get('/api/auth/me').set(bearer(token))).body.message).toBe('Uw wachtwoord is opnieuw ingesteld; log opnieuw in met het nieuwe wachtwoord');
    expect((await http().post('/api/auth/login').send({ username: 't.forgot', password: 'lang genoeg wachtwoord' })).status).toBe(401);
    await signIn('t.forgot', 'een heel nieuw wachtwoord');
    const trail = await audit(user.id);
    expect(trail.at(-1)).toMatchObject({ action: 'password-set', details: { username: 't.forgot', sessionsEnded: 1 } });
    expect(JSON.stringify(trail)).not.toContain('een heel nieuw wachtwoord');
  });

  it('records sign-in and sign-out in the audit trail', async () => {
    const user = await newAccount('t.audited', ['employee']);
    const token = await signIn('t.audited', 'lang genoeg wachtwoord');
    await http().post('/api/auth/logout').set(bearer(token)).expect(204);
    const rows = await app.t.app.get(Database).read((uow) =>
      uow.query(`SELECT action, resource_type FROM audit_trail WHERE actor_id = $1 ORDER BY id`, [user.id]),
    );
    expect(rows).toEqual([
      { action: 'sign-in', resource_type: 'session' },
      { action: 'sign-out', resource_type: 'session' },
    ]);
  });
});

describe('the admin manages accounts', () => {
  const app = useTestApp();
  const http = () => app.t.http();
  const admin = () => app.api.as('beheer');
  const count = () => app.t.app.get(Database).read(async (uow) => ({ users: await uow.users.count(), audit: await uow.auditTrail.count() }));

  it('refuses bad input in Dutch, field by field, and stores nothing', async () => {
    const me = (await http().get('/api/auth/me').set(await admin())).body;
    const before = await count();
    const res = await http()
      .post('/api/users')
      .set(await admin())
      .send({ username: 'Met Spaties', displayName: '   ', jobTitle: 'medewerker', roles: ['employee', 'koning'], password: 'kort', email: 'geen-adres' });
    expect(res.status).toBe(400);
    const fields = Object.fromEntries(res.body.errors.map((d: any) => [d.field, d.problems]));
    expect(fields).toEqual({
      username: ['Gebruik 2 tot 60 kleine letters, cijfers, punten of streepjes, zonder spaties.'],
      displayName: ['Vul dit in; alleen spaties is geen invoer.'],
      roles: [expect.stringMatching(/^Kies een van de mogelijkheden/)],
      password: ['Gebruik minstens 12 tekens.'],
      email: ['Geef een geldig e-mailadres.'],
    });
    const empty = await http().patch(`/api/users/${me.id}`).set(await admin()).send({ roles: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ field: 'roles', problems: ['Kies er minstens 1.'] }]);
    expect(await count()).toEqual(before);
  });

  it('refuses a username that is taken, in any case', async () => {
    const res = await http()
      .post('/api/users')
      .set(await admin())
      .send({ username: 'medewerker', displayName: 'Nog een', jobTitle: 'medewerker', roles: ['employee'], password: 'lang genoeg wachtwoord' });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('De gebruikersnaam medewerker is al in gebruik.');
  });

  it('never leaves the organisation without an active admin, and an admin cannot deactivate their own account', async () => {
    const me = (await http().get('/api/auth/me').set(await admin())).body;
    const self = await http().post(`/api/users/${me.id}/deactivate`).set(await admin()).send({});
    expect(self.status).toBe(409);
    expect(self.body.message).toBe('U kunt uw eigen account niet deactiveren; vraag een andere beheerder.');
    const demote = await http().patch(`/api/users/${me.id}`).set(await admin()).send({ roles: ['policy-owner'] });
    expect(demote.status).toBe(409);
    expect(demote.body.message).toMatch(/is de enige actieve beheerder; de rol beheerder afnemen kan pas als er een andere beheerder is\.$/);
    expect((await http().get('/api/auth/me').set(await admin())).body.roles).toContain('admin');
  });

  it('is for the admin only', async () => {
    for (const username of ['afdelingshoofd', 'medewerker', 'beleid']) {
      const res = await http().get('/api/users').set(await app.api.as(username));
      expect({ username, status: res.status }).toEqual({ username, status: 403 });
    }
  });

  it('keeps the audit trail as it was written: the database refuses to change or remove a line', async () => {
    const db = app.t.app.get(Database);
    await expect(db.transaction((uow) => uow.query(`UPDATE audit_trail SET actor = 'iemand anders'`))).rejects.toThrow(/append-only/);
    await expect(db.transaction((uow) => uow.query(`DELETE FROM audit_trail`))).rejects.toThrow(/append-only/);
    await expect(db.transaction((uow) => uow.query(`TRUNCATE audit_trail`))).rejects.toThrow(/append-only/);
  });
});
