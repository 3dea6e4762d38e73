import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { DESKTOP, expectAccessible, menuEntries, openApp, signIn, useBrowser } from './support/browser';

/**
 * Team protocols in the browser: the admin adds a team and places an employee in it; the policy owner puts
 * a model in use for that team only; the team's incident file says it ran the team's variant.
 */
describe('teams and their protocol variants in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('lets the admin keep the teams and place employees, with the keyboard', async () => {
    const { context, page } = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(page, 'beheer');
    expect(await menuEntries(page)).toContain('Teams');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Teams' });
    // press() finds the link as it is when pressing: the menu may have re-rendered since it was read.
    await menu.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
    await page.getByRole('row', { name: /Publiekszaken/ }).first().waitFor();

    // A blank name is refused in the form, a name in use by the service; what was typed stays.
    const name = page.getByLabel('Naam van een nieuw team');
    await name.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Vul de naam van het team in.').waitFor();
    await name.fill('publiekszaken');
    await name.press('Enter');
    await page.getByText('Er is al een team "Publiekszaken".').waitFor();
    expect(await name.inputValue()).toBe('publiekszaken');
    await name.fill('Wijkteam Zuid');
    await name.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Team Wijkteam Zuid is toegevoegd.' }).waitFor();
    await page.getByRole('row', { name: /Wijkteam Zuid/ }).waitFor();

    const team = page.getByLabel('Team van Sanne de Boer');
    await team.focus();
    await team.selectOption({ label: 'Wijkteam Zuid' });
    await page.getByRole('status').filter({ hasText: 'Sanne de Boer hoort nu bij team Wijkteam Zuid.' }).waitFor();
    await page.getByRole('row', { name: /Wijkteam Zuid\s*1/ }).waitFor();

    // A team in use stays, and the page says why.
    await page.getByRole('button', { name: 'Team Wijkteam Zuid verwijderen' }).press('Enter');
    await page.getByText('Team "Wijkteam Zuid" is nog in gebruik (1 medewerker) en kan niet worden verwijderd.').waitFor();
    await page.getByRole('button', { name: 'Naam van team Bestuur wijzigen' }).press('Enter');
    const rename = page.getByLabel('Nieuwe naam van team Bestuur');
    await rename.waitFor();
    expect(await rename.evaluate((field) => field === document.activeElement)).toBe(true);
    await rename.fill('Bestuur en directie');
    await rename.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Team Bestuur heet nu Bestuur en directie.' }).waitFor();
    await expectAccessible(page, 'teams');
    await context.close();
  });

  it('puts a model in use for one team, whose incident file names the variant it ran', async () => {
    const { context, page } = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(page, 'beleid');
    await page.goto('/modellen/phone/bewerken');
    await page.getByLabel('Geldt voor').waitFor();
    await page.getByLabel('Wat verandert er en waarom? (verplicht)').fill('Wijkteam Zuid belt de melder na elk incident terug');
    await page.getByLabel('Geldt voor').selectOption({ label: 'Alleen team Wijkteam Zuid (variant)' });
    await page.getByRole('button', { name: /^In gebruik nemen als versie/ }).press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Versies van/ }).waitFor();
    await page.getByRole('status').filter({ hasText: 'in gebruik genomen voor team Wijkteam Zuid. Nieuwe incidenten van dat team starten erop' }).waitFor();
    const newest = page.getByRole('row').nth(1);
    await newest.waitFor();
    expect(await newest.textContent()).toMatch(/\(in gebruik\)team Wijkteam Zuid.*Femke Mulder.*Wijkteam Zuid belt/);
    expect(await page.getByRole('row').nth(2).textContent()).toMatch(/\(in gebruik\)hele organisatie/);
    await page.getByRole('link', { name: 'Variant van team Wijkteam Zuid bewerken' }).waitFor();
    await expectAccessible(page, 'procesmodel-versies-met-variant');

    await page.getByRole('link', { name: 'Alle procesmodellen' }).press('Enter');
    expect(await page.getByRole('row', { name: /Telefo/i }).first().textContent()).toMatch(/Wijkteam Zuid \(versie \d+\)/);
    await context.close();

    // Sanne de Boer is in Wijkteam Zuid since the first test.
    const incident = await app.api.phoneIncident(newCitizen(), 'threat', new Date(Date.now() - 600_000));
    const head = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(head.page, 'afdelingshoofd');
    await head.page.goto(`/dossiers/${incident.id}`);
    await head.page.getByRole('heading', { level: 2, name: 'Incident' }).waitFor();
    const facts = head.page.locator('.ap-facts');
    expect(await facts.textContent()).toContain('TeamWijkteam Zuid');
    expect(await facts.textContent()).toMatch(/Gevolgde modellen.*versie \d+, variant van team Wijkteam Zuid/);
    await expectAccessible(head.page, 'dossier-teamvariant');
    await head.context.close();
  });
});
