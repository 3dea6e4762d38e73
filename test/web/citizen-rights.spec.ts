/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { Page } from 'playwright-core';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { expectAccessible, menuEntries, openApp, signIn, useBrowser } from './support/browser';

/** What has the keyboard's focus, as a screen reader names it. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');

/** Whether the keyboard's focus is on the element or the box around it (an alert's role sits inside the box that takes the focus). */
const hasFocus = (element: Element) => !!document.activeElement?.contains(element);

/**
 * Rechten van burgers, with the keyboard alone: the auditor (a privacy officer, who may find citizens but
 * not read their files) finds a citizen, downloads the inzage archive, is refused an erasure while a ban
 * holds (and reads which ban, until when), and erases another citizen.
 */
describe('a citizen’s rights in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('lets the auditor export a citizen’s data, and erase it unless a ban still holds it', async () => {
    // Prepared through the API: a citizen with a ban in force (a second threat, TC4 signed), and one without.
    const banned = newCitizen();
    await app.api.phoneIncident(banned, 'threat', new Date(app.t.clock.now().getTime() - 7_200_000));
    const second = await app.api.phoneIncident(banned, 'threat', new Date(app.t.clock.now().getTime() - 3_600_000));
    await app.api.completeAt(second.id, 'sign:TC4', { decision: 'approve' }, 'college');
    const [ban] = (await app.api.file(second.id)).bans;
    expect(ban.status).toBe('active');
    const free = newCitizen();
    const insult = await app.api.phoneIncident(free, 'insult', new Date(app.t.clock.now().getTime() - 600_000));

    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'auditor');
    expect(await menuEntries(page)).toEqual(['Mijn taken', 'Berichten', 'Audittrail', 'Rechten van burgers']);
    await page.getByRole('link', { name: 'Rechten van burgers' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Rechten van burgers' }).waitFor();

    // Find a citizen: type, Enter searches, Tab past the date and the search button to the one found.
    const find = async (name: string) => {
      await page.getByLabel('Naam (of een deel ervan)').focus();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await page.getByText('1 burger gevonden.').waitFor();
      // Chromium's date field takes a Tab per part (day, month, year).
      for (let i = 0; i < 8 && !(await focused(page)).startsWith('Kies '); i++) await page.keyboard.press('Tab');
      expect(await focused(page)).toMatch(new RegExp(`^Kies ${name}, geboren`));
    };
    await find(banned.name);
    await expectAccessible(page, 'burgerrechten-gezocht');
    await page.keyboard.press('Enter');
    const chosen = page.getByRole('heading', { level: 2, name: new RegExp(`^${banned.name}, geboren`) });
    await chosen.waitFor();
    expect(await chosen.evaluate((h) => h === document.activeElement)).toBe(true);
    await expectAccessible(page, 'burgerrechten-gekozen');

    // The inzage archive: a ZIP with the summary about this citizen.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Download het inzagearchief (ZIP)');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const zip = new PizZip(readFileSync((await (await download).path())!));
    expect(JSON.parse(zip.file('overzicht.json')!.asText()).burger).toMatchObject({ naam: banned.name });
    await page.getByRole('status').filter({ hasText: 'Het inzagearchief is gedownload.' }).waitFor();

    // Erasing without a reason or the confirmation: both fields named, each linked from the summary.
    const erase = page.getByRole('button', { name: 'Gegevens definitief wissen' });
    await erase.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is niets gewist: 2 velden hebben een probleem' });
    await summary.waitFor();
    expect(await summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#veld-reason', '#veld-confirmed']);
    expect(await page.getByLabel('Reden', { exact: true }).getAttribute('aria-describedby')).toContain('veld-reason-fout');
    expect(await page.getByRole('checkbox').getAttribute('aria-describedby')).toBe('veld-confirmed-fout');
    await expectAccessible(page, 'burgerrechten-wissen-onvolledig');

    // With both, the service refuses: the ban and the decision named, with until when.
    await page.getByLabel('Reden', { exact: true }).focus();
    await page.keyboard.type('Verzoek van de burger (AVG art. 17)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Gegevens definitief wissen');
    await page.keyboard.press('Enter');
    const refusal = page.getByRole('alert').filter({ hasText: 'de gegevens moeten nog worden bewaard' });
    await refusal.waitFor();
    const endsOn = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ban.endsOn}T00:00:00Z`));
    expect(await refusal.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(new RegExp(`^Het toegangsverbod bij incident ${second.reference} \\(${ban.scope}\\) geldt van .* tot en met ${endsOn}\\.$`)),
      expect.stringMatching(new RegExp(`^Tegen besluit TC4 bij incident ${second.reference} .* kan tot en met .* bezwaar worden gemaakt\\.$`)),
    ]);
    expect(await refusal.evaluate(hasFocus)).toBe(true);
    await expectAccessible(page, 'burgerrechten-wissen-geweigerd');
    expect((await app.api.file(second.id)).citizen.name).toBe(banned.name);

    // The citizen without a ban is erased; the page says what was anonymised.
    await page.getByRole('button', { name: 'Andere burger kiezen' }).press('Enter');
    await find(free.name);
    await page.keyboard.press('Enter');
    await page.getByLabel('Reden', { exact: true }).focus();
    await page.keyboard.type('Verzoek van de burger van vandaag, zaak 2026-0042');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const done = page.getByRole('status').filter({ hasText: `De gegevens van ${free.name}` });
    await done.waitFor();
    expect(await done.textContent()).toMatch(/zijn gewistGeanonimiseerd: 1 incidentdossier, 1 brief, \d+ ta(ak|ken), \d+ proces(sen)? \(gegevens en stand\) en \d+ /);
    expect(await done.evaluate(hasFocus)).toBe(true);
    await expectAccessible(page, 'burgerrechten-gewist');
    expect((await app.api.file(insult.id)).citizen.name).toBe('[gewist]');

    // Erased, the citizen is no longer found.
    await page.getByLabel('Naam (of een deel ervan)').focus();
    await page.keyboard.type(free.name);
    await page.keyboard.press('Enter');
    await page.getByText('Geen burger gevonden.').waitFor();
    await context.close();
  });
});
