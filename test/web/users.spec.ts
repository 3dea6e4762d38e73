import { useTestApp } from '../support/use-test-app';
import { DESKTOP, expectAccessible, openApp, signIn, useBrowser } from './support/browser';

/**
 * The admin's accounts page: add an account, change its roles, deactivate it. A change reaches a user who is
 * signed in on their next step, and signing out ends the session on the service too.
 */
describe('accounts in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('lets the admin add an account with the keyboard, keeping what was typed when it is refused', async () => {
    const { context, page } = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(page, 'beheer');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await page.getByRole('row', { name: /Sanne de Boer\s*medewerker/ }).waitFor();
    await expectAccessible(page, 'gebruikers');

    await page.getByRole('link', { name: 'Gebruiker toevoegen' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gebruiker toevoegen' }).waitFor();
    await page.getByLabel('Gebruikersnaam').fill('j.kok');
    await page.getByLabel('Naam', { exact: true }).fill('Jesse Kok');
    await page.getByLabel('Functie').fill('medewerker Burgerzaken');
    await page.getByLabel('medewerker', { exact: true }).press('Space');
    await page.getByLabel('Eerste wachtwoord').fill('te kort');
    await page.getByLabel('Eerste wachtwoord').press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Het formulier is niet verstuurd' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Eerste wachtwoord: Gebruik minstens 12 tekens.');
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Jesse Kok');
    expect(await page.getByLabel('medewerker', { exact: true }).isChecked()).toBe(true);
    await expectAccessible(page, 'gebruiker-toevoegen-geweigerd');
    // A password is never kept in the tab's draft.
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('te kort');

    await page.getByLabel('Eerste wachtwoord').fill('een lang genoeg wachtwoord');
    await page.getByLabel('Eerste wachtwoord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Jesse Kok' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Het account van Jesse Kok is aangemaakt.' }).waitFor();
    await expectAccessible(page, 'gebruiker');
    await context.close();
  });

  it('reaches a signed-in user at their next step when the admin takes a role or the account away', async () => {
    const admin = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(admin.page, 'beheer');
    const user = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(user.page, 'afdelingshoofd');
    await user.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).waitFor();

    await admin.page.goto('/beheer/gebruikers');
    await admin.page.getByRole('link', { name: 'Marieke Jansen' }).press('Enter');
    await admin.page.getByRole('heading', { level: 1, name: 'Marieke Jansen' }).waitFor();
    const head = admin.page.getByLabel('afdelingshoofd', { exact: true });
    expect(await head.isChecked()).toBe(true);
    await admin.page.getByLabel('juridisch medewerker').press('Space');
    await head.press('Space');
    await admin.page.getByRole('button', { name: 'Wijzigingen opslaan' }).press('Enter');
    await admin.page.getByRole('status').filter({ hasText: 'De gegevens en rollen zijn opgeslagen; ze gelden meteen.' }).waitFor();

    // Her next page load reads her account as it is now: the menu follows her new role.
    await user.page.reload();
    await user.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Briefsjablonen' }).waitFor();
    expect(await user.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).count()).toBe(0);

    await admin.page.getByLabel('Reden (niet verplicht)').fill('Uit dienst');
    await admin.page.getByRole('button', { name: 'Account deactiveren' }).press('Enter');
    await admin.page.getByRole('status').filter({ hasText: 'Het account van Marieke Jansen is gedeactiveerd' }).waitFor();
    await admin.page.getByRole('button', { name: 'Account activeren' }).waitFor();
    await expectAccessible(admin.page, 'gebruiker-gedeactiveerd');

    await user.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Briefsjablonen' }).press('Enter');
    await user.page.waitForURL((url) => url.pathname.startsWith('/inloggen'));
    await user.page.getByText('Uw account is gedeactiveerd; neem contact op met de beheerder').waitFor();

    await admin.page.getByRole('button', { name: 'Account activeren' }).press('Enter');
    await admin.page.getByRole('status').filter({ hasText: 'Het account van Marieke Jansen is weer actief.' }).waitFor();
    await admin.context.close();
    await user.context.close();
  });

  it('ends the session on the service when the user signs out', async () => {
    const { context, page } = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(page, 'medewerker');
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('agressieprotocol.sessie')!).accessToken as string);
    await page.getByRole('button', { name: 'Uitloggen' }).press('Enter');
    await page.getByText('U bent uitgelogd.').waitFor();
    // The sign-out call may still be on its way when the page has changed.
    const status = async () => (await app.t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`)).status;
    for (let tries = 0; tries < 50 && (await status()) !== 401; tries++) await page.waitForTimeout(100);
    expect(await status()).toBe(401);
    await context.close();
  });
});
