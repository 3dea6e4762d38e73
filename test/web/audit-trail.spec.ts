import { readFileSync } from 'node:fs';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { DESKTOP, expectAccessible, menuEntries, openApp, signIn, useBrowser } from './support/browser';

/**
 * The auditor's page: search the audit trail by citizen and user with the keyboard, page through it and
 * download the search as CSV; a bad search is refused at its field.
 */
describe('the audit trail in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('lets the auditor search by citizen and user, read the lines and download them as CSV, with the keyboard alone', async () => {
    const citizen = newCitizen();
    const incident = await app.api.phoneIncident(citizen, 'insult', new Date(Date.now() - 600_000));
    await app.t.http().get(`/api/incidents/${incident.id}`).set(await app.api.as('afdelingshoofd')).expect(200);

    const { context, page } = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(page, 'auditor');
    // The auditor starts on the audit trail and sees nothing else of the cases.
    await page.getByRole('heading', { level: 1, name: 'Audittrail' }).waitFor();
    expect(await menuEntries(page)).toEqual(['Mijn taken', 'Berichten', 'Audittrail', 'Rechten van burgers']);

    await page.getByLabel('Burger').fill(citizen.name);
    await page.getByLabel('Gebruiker').fill('afdelingshoofd');
    await page.getByLabel('Gebruiker').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('burger') === citizen.name && url.searchParams.get('gebruiker') === 'afdelingshoofd');
    // Only the department head's lines about this citizen: her read of the file, not the employee's report.
    await page.getByRole('row', { name: /Sanne de Boer/ }).first().waitFor({ state: 'detached' });
    await page.getByRole('row', { name: new RegExp(`Marieke Jansen.*ingezien.*incidentdossier.*${citizen.name}.*${incident.reference}`) }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Regels 1–1 van 1' }).waitFor();
    await expectAccessible(page, 'audittrail');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download als CSV' }).press('Enter');
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF"Tijdstip (Nederlandse tijd)";"Gebruiker";"Naam";"Adres";"Handeling";"Soort";"Id";"Burger";"Burger-id";"Incident";"Incident-id";"Reden";"Details"');
    expect(csv).toContain(`"afdelingshoofd";"Marieke Jansen"`);
    expect(csv).toContain(`"${incident.reference}"`);

    // A day that does not exist is refused at its field.
    await page.getByLabel('Gebruiker').fill('');
    await page.goto('/beheer/audittrail?van=2026-02-30');
    await page.getByText('Geef een bestaande dag als JJJJ-MM-DD, bijvoorbeeld 2026-12-01.').waitFor();
    await expectAccessible(page, 'audittrail-geweigerd');

    // The searches and the download are in the audit trail themselves.
    await page.goto('/beheer/audittrail?gebruiker=auditor');
    await page.getByRole('row', { name: /Iris Kramer.*geëxporteerd.*audittrail/ }).waitFor();
    await context.close();
  });
});
