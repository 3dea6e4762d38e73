import { JwtService } from '@nestjs/jwt';
import { useTestApp } from '../support/use-test-app';
import { DESKTOP, expectAccessible, menuEntries, openApp, signIn, TABLET, useBrowser } from './support/browser';

describe('signing in to the web app', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('asks for a sign-in, refuses a wrong password in Dutch, and lands on my tasks', async () => {
    const { context, page } = await openApp(chromium.browser, app.t);
    await page.goto('/taken');
    await page.waitForURL('**/inloggen');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggen');
    expect(await page.title()).toContain('Inloggen');
    expect(await page.getByText('Gemeente Voorbeeldstad').first().textContent()).toBe('Gemeente Voorbeeldstad');
    await expectAccessible(page, 'inloggen');

    // With the keyboard alone: the page's heading has the focus; tab to each field, type, Enter.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Inloggen');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // nothing typed yet: each empty field says so
    await page.getByText('Vul uw gebruikersnaam in').waitFor();
    expect(await page.getByText('Vul uw wachtwoord in').isVisible()).toBe(true);
    await expectAccessible(page, 'inloggen-leeg');
    await page.keyboard.type('medewerker');
    await page.keyboard.press('Tab');
    await page.keyboard.type('fout');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Onbekende gebruikersnaam of onjuist wachtwoord');
    await expectAccessible(page, 'inloggen-fout');

    await page.getByLabel('Wachtwoord').fill('demo');
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.waitForURL('**/taken');
    expect(await menuEntries(page)).toEqual(['Mijn taken', 'Melding maken', 'Dossiers', 'Huisbezoeken', 'Berichten']);
    expect(await page.getByText('Sanne de Boer').isVisible()).toBe(true);
    await expectAccessible(page, 'mijn-taken-leeg');

    // A reload keeps me signed in and on the same page (the app's routes are served by the service).
    await page.reload();
    await page.getByRole('heading', { name: 'Mijn taken' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/taken');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    expect(await page.getByRole('status').first().textContent()).toContain('U bent uitgelogd');
    await page.goto('/taken');
    await page.waitForURL('**/inloggen');
    await context.close();
  });

  it('sends a user whose sign-in has expired back to the sign-in page, and back where they were afterwards', async () => {
    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'afdelingshoofd');
    // The service no longer accepts the token (it expired an hour ago), though the browser still holds it.
    const expired = await app.t.app.get(JwtService).signAsync({ sub: 'x', user: {} }, { expiresIn: -3600 });
    await page.evaluate((token) => {
      const key = 'agressieprotocol.sessie';
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), accessToken: token }));
    }, expired);
    await page.goto('/taken?kanaal=phone');
    await page.waitForURL('**/inloggen');
    expect(await page.getByRole('status').first().textContent()).toContain('Uw sessie is verlopen');
    await expectAccessible(page, 'inloggen-verlopen');
    await signIn(page, 'afdelingshoofd');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/taken?kanaal=phone');

    // A session past its end is not even tried.
    await page.evaluate(() => {
      const key = 'agressieprotocol.sessie';
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), expiresAt: '2020-01-01T00:00:00Z' }));
    });
    await page.reload();
    await page.waitForURL('**/inloggen');
    expect(await page.getByRole('status').first().textContent()).toContain('Uw sessie is verlopen');
    await context.close();
  });

  it('fits a tablet as well as a desktop screen', async () => {
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['tablet', TABLET],
    ] as const) {
      const { context, page } = await openApp(chromium.browser, app.t, viewport);
      await signIn(page, 'afdelingshoofd');
      await page.getByRole('heading', { name: 'Mijn taken' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ name, overflow }).toEqual({ name, overflow: 0 });
      await expectAccessible(page, `mijn-taken-${name}`);
      await context.close();
    }
  });
});
