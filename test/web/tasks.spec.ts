import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { expectAccessible, openApp, signIn, useBrowser } from './support/browser';

/** Mijn taken and a task's form, as the department head and the employee use them after a phone threat. */
describe('my tasks in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('lists the most urgent task first, filters, claims and releases, and completes a form built from its server definition', async () => {
    // Prepared through the API: the incident itself is reported in the reporting tests.
    const occurredAt = new Date(app.t.clock.now().getTime() - 30 * 3_600_000);
    const incident = await app.api.phoneIncident(newCitizen(), 'threat', occurredAt);

    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'afdelingshoofd');
    await page.getByRole('heading', { name: 'Mijn taken' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const tasksLink = menu.getByRole('link', { name: /Mijn taken/ });
    await tasksLink.locator('.nl-number-badge').waitFor();
    expect(await tasksLink.textContent()).toMatch(/Mijn taken\s*\d+ open taken/);

    // Most urgent first: what is late, then what is due soonest. The police report was due 24 hours after the incident.
    await page.getByRole('row').nth(1).waitFor();
    const due = await page.locator('tbody time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(due).toEqual([...due].sort());
    expect(await page.getByRole('row').nth(1).textContent()).toMatch(/te laat/);
    const police = page.getByRole('row', { name: new RegExp(`Aangifte doen bij de politie.*${incident.reference}`) });
    expect(await police.textContent()).toMatch(/6 uur te laat|1 dag te laat/);
    await expectAccessible(page, 'mijn-taken');

    // Filter on the kind of task; the filter is in the address, so a reload keeps it.
    await page.getByLabel('Soort taak').selectOption('police-report');
    await page.waitForURL(/soort=police-report/);
    await page.reload();
    await page.getByRole('row').nth(1).waitFor();
    const rows = await page.getByRole('row').allTextContents();
    expect(rows.slice(1).every((row) => row.includes('Aangifte doen bij de politie'))).toBe(true);
    await page.getByLabel('Kanaal').selectOption('phone');
    await page.waitForURL(/kanaal=phone/);

    const row = page.getByRole('row', { name: new RegExp(incident.reference) });
    await row.getByRole('button', { name: /oppakken/ }).click();
    await row.getByRole('button', { name: /vrijgeven/ }).waitFor();
    expect(await row.textContent()).toContain('U');
    await expectAccessible(page, 'mijn-taken-opgepakt');
    await row.getByRole('button', { name: /vrijgeven/ }).click();
    await row.getByRole('button', { name: /oppakken/ }).waitFor();

    // The task's form: what the server's class says, in Dutch, and nothing typed is lost on a refusal.
    await row.getByRole('link', { name: 'Aangifte doen bij de politie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aangifte doen bij de politie' }).waitFor();
    await expectAccessible(page, 'taak-aangifte');
    await page.getByRole('button', { name: 'Afronden' }).click();
    // The summary above the form takes the focus and links to the field, which says the same in Dutch.
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Is er aangifte gedaan?: Kies ja of nee.' }).waitFor();
    expect(await summary.textContent()).toContain('Het formulier is niet verstuurd: één veld heeft een probleem');
    expect(await page.locator('.ap-problem', { hasText: 'Kies ja of nee.' }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-filed');
    await page.getByRole('group', { name: 'Is er aangifte gedaan?' }).getByLabel('Ja').check();
    await page.getByLabel('Nummer van het proces-verbaal van aangifte').fill('PL0600-2026123456');
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.getByRole('link', { name: 'Politiebureau: Vul dit in.' }).waitFor();
    expect(await page.getByRole('link', { name: 'Tijdstip van de aangifte: Vul dit in.' }).count()).toBe(1);
    expect(await page.getByRole('alert').textContent()).toContain('2 velden hebben een probleem');
    expect(await page.getByLabel('Nummer van het proces-verbaal van aangifte').inputValue()).toBe('PL0600-2026123456');
    await expectAccessible(page, 'taak-aangifte-fouten');

    // A reload (or an expired session) keeps the draft too.
    await page.reload();
    await page.getByLabel('Nummer van het proces-verbaal van aangifte').waitFor();
    expect(await page.getByLabel('Nummer van het proces-verbaal van aangifte').inputValue()).toBe('PL0600-2026123456');
    await page.getByLabel('Tijdstip van de aangifte').fill('2026-11-30T14:30');
    await page.getByLabel('Politiebureau').fill('Politiebureau Centrum');
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.waitForURL((url) => url.pathname === '/taken');

    const file = await app.api.file(incident.id);
    const done = file.tasks.find((t: any) => t.elementId === 'police_report');
    expect(done.status).toBe('completed');
    expect(done.form).toMatchObject({ filed: true, reportNumber: 'PL0600-2026123456', policeStation: 'Politiebureau Centrum' });
    expect(new Date(done.form.filedAt).toISOString()).toBe(new Date('2026-11-30T14:30:00+01:00').toISOString());
    await context.close();
  });

  it('says when a task is held by someone else, and offers no form for it', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'threat', new Date(app.t.clock.now().getTime() - 3_600_000));
    const task = await app.api.task(incident.id, 'police_report', 'medewerker');
    await app.t.http().post(`/api/tasks/${task.id}/claim`).set(await app.api.as('medewerker')).expect(200);

    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'afdelingshoofd');
    const row = page.getByRole('row', { name: new RegExp(`Aangifte doen bij de politie.*${incident.reference}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Toegewezen aan Sanne de Boer');
    expect(await row.getByRole('button').count()).toBe(0);
    await page.goto(`/taken/${task.id}`);
    await page.getByText('Deze taak is toegewezen aan Sanne de Boer. Alleen die kan hem afronden.').waitFor();
    expect(await page.getByRole('button', { name: 'Afronden' }).count()).toBe(0);
    await expectAccessible(page, 'taak-van-ander');
    await context.close();
  });
});
