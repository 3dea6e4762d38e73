import { useTestApp } from '../support/use-test-app';
import { expectAccessible, openApp, signIn, useBrowser } from './support/browser';

/** The pages around the work: the accessibility statement, an unknown address, a page my roles may not use. */
describe('the shell pages in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('shows the accessibility statement without signing in, reachable from every page with the keyboard', async () => {
    const { context, page } = await openApp(chromium.browser, app.t);
    await page.goto('/inloggen');
    await page.getByLabel('Gebruikersnaam').waitFor();
    // The footer link is in the tab order of every page.
    const footer = page.getByRole('link', { name: 'Toegankelijkheid' });
    await footer.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheid' }).waitFor();
    expect(await page.textContent('main')).toContain('Gemeente Voorbeeldstad wil dat iedere medewerker deze toepassing kan gebruiken');
    await expectAccessible(page, 'toegankelijkheid');
    await context.close();
  });

  it('says in Dutch when a page does not exist, and when my roles may not use it', async () => {
    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'receptie');
    await page.goto('/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await expectAccessible(page, 'niet-gevonden');

    await page.goto('/melding');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expectAccessible(page, 'geen-toegang');
    await context.close();
  });
});
