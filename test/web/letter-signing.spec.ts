import { readFileSync } from 'node:fs';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { expectAccessible, openApp, signIn, useBrowser } from './support/browser';

/** The department head reads warning letter TC3 in the page, sends it back once, then signs it. */
describe('signing a letter in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('shows the letter itself, requires a comment to reject, shows the rejection to the corrector, and signs once on a double click', async () => {
    const citizen = newCitizen();
    const incident = await app.api.phoneIncident(citizen, 'threat', new Date(app.t.clock.now().getTime() - 3_600_000));

    const head = await openApp(chromium.browser, app.t);
    await signIn(head.page, 'afdelingshoofd');
    await head.page.getByLabel('Soort taak').selectOption('letter-signing');
    const row = head.page.getByRole('row', { name: new RegExp(incident.reference) });
    await row.getByRole('link', { name: 'Brief beoordelen en ondertekenen' }).click();

    // The letter, rendered from its DOCX in the page.
    const letter = head.page.getByRole('region', { name: 'Brief TC3' });
    await letter.locator('.docx-wrapper').waitFor();
    expect(await letter.textContent()).toContain(citizen.name);
    expect(await letter.textContent()).toContain('CONCEPT');
    // The signer also reads it as the PDF that is sent (where the service has LibreOffice).
    const pdfButton = letter.getByRole('button', { name: 'Download als PDF' });
    await pdfButton.or(letter.getByText('Deze server maakt geen PDF')).waitFor();
    if (await pdfButton.count()) {
      const pdf = head.page.waitForEvent('download');
      await pdfButton.press('Enter');
      expect(readFileSync((await (await pdf).path())!).subarray(0, 5).toString()).toBe('%PDF-');
    }
    await expectAccessible(head.page, 'brief-ondertekenen');

    // Rejecting needs a comment.
    await head.page.getByLabel('Afkeuren en terugsturen voor correctie').check();
    await head.page.getByRole('button', { name: 'Afronden' }).click();
    await head.page.getByRole('link', { name: 'Wat moet er anders: Vul dit in.' }).waitFor();
    await head.page.getByLabel('Wat moet er anders').fill('Het adres klopt niet: het is Dorpsstraat 14.');
    await head.page.getByRole('button', { name: 'Afronden' }).click();
    await head.page.waitForURL((url) => url.pathname === '/taken');

    // The employee corrects, seeing the rejected draft and the comment.
    const employee = await openApp(chromium.browser, app.t);
    await signIn(employee.page, 'medewerker');
    await employee.page.getByRole('row', { name: new RegExp(`Gegevens voor de brief verbeteren.*${incident.reference}`) }).getByRole('link').first().click();
    await employee.page.getByText('Het adres klopt niet: het is Dorpsstraat 14.').waitFor();
    await employee.page.getByRole('region', { name: 'Brief TC3' }).locator('.docx-wrapper').waitFor();
    await expectAccessible(employee.page, 'brief-verbeteren');
    await employee.page.getByLabel('Straat en huisnummer (niet verplicht)').fill('Dorpsstraat 14');
    await employee.page.getByRole('button', { name: 'Afronden' }).click();
    await employee.page.waitForURL((url) => url.pathname === '/taken');

    // The corrected letter: approved with a double click, which signs once.
    await head.page.reload();
    await head.page.getByRole('row', { name: new RegExp(incident.reference) }).getByRole('link', { name: 'Brief beoordelen en ondertekenen' }).click();
    await head.page.getByRole('region', { name: 'Brief TC3' }).locator('.docx-wrapper').waitFor();
    expect(await head.page.getByRole('region', { name: 'Brief TC3' }).textContent()).toContain('Dorpsstraat 14');
    await head.page.getByLabel('Goedkeuren en ondertekenen').check();
    const completions: string[] = [];
    head.page.on('request', (request) => request.url().endsWith('/complete') && completions.push(request.url()));
    await head.page.getByRole('button', { name: 'Afronden' }).dblclick();
    await head.page.waitForURL((url) => url.pathname === '/taken');
    await head.page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
    // One request: the second click came while the first was on its way, so no "al afgerond" either.
    expect(completions).toHaveLength(1);
    expect(await head.page.getByRole('alert').count()).toBe(0);
    await expectAccessible(head.page, 'brief-ondertekend-dubbelklik');

    const file = await app.api.file(incident.id);
    expect(file.letters.filter((l: any) => l.code === 'TC3').map((l: any) => l.status)).toEqual(['rejected', 'final']);
    // Signed once: one signing, one approval on the task, one finished letter in the timeline.
    expect(file.tasks.filter((t: any) => t.elementId === 'sign').map((t: any) => [t.status, t.form.decision])).toEqual([
      ['completed', 'reject'],
      ['completed', 'approve'],
    ]);
    expect(file.timeline.filter((e: any) => /^Brief TC3 definitief, ondertekend door/.test(e.summary))).toHaveLength(1);
    await head.context.close();
    await employee.context.close();
  });
});
