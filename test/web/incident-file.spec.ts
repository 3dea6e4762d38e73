import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LetterPdfs } from '@ap/letters';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { expectAccessible, openApp, signIn, TABLET, useBrowser } from './support/browser';

/** The incident file: a department head finds a phone threat in Dossiers and reads where the protocol stands. */
describe('the incident file in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('shows the citizen, the progress with who it waits for and what is late, letters, deadlines, timeline and the marked diagram', async () => {
    const citizen = newCitizen();
    // Prepared through the API: a threat 30 hours ago, so the police report (24 hours) is late; TC3 signed.
    const incident = await app.api.phoneIncident(citizen, 'threat', new Date(app.t.clock.now().getTime() - 30 * 3_600_000));
    await app.api.completeAt(incident.id, 'sign:TC3', { decision: 'approve' }, 'afdelingshoofd');
    // Its PDF/A, made after the signing as a service process would.
    await app.t.app.get(LetterPdfs).convertDue();
    const file = await app.api.file(incident.id);
    const diagram = (await app.t.http().get(`/api/incidents/${incident.id}/diagram`).set(await app.api.as('afdelingshoofd')).expect(200)).body;
    const root = diagram.instances[0];
    const policeTask = file.tasks.find((t: { elementId: string; status: string }) => t.elementId === 'police_report' && t.status === 'open');
    expect(new Date(policeTask.dueAt).getTime()).toBeLessThan(app.t.clock.now().getTime());
    const signed = file.letters.find((l: { code: string }) => l.code === 'TC3');
    expect(signed.status).toBe('final');

    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'afdelingshoofd');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    await expectAccessible(page, 'dossiers');

    await page.getByLabel('Kenmerk of naam van de burger').fill(citizen.name);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Dossiers 1–1 van 1').waitFor();
    expect(new URL(page.url()).searchParams.get('zoek')).toBe(citizen.name);
    await expectAccessible(page, 'dossiers-gezocht');
    await page.getByRole('link', { name: incident.reference }).click();

    await page.getByRole('heading', { level: 1, name: new RegExp(`Dossier ${incident.reference}`) }).waitFor();
    const facts = await page.locator('.ap-facts').textContent();
    expect(facts).toContain(citizen.name);
    expect(facts).toContain('telefonische agressie');
    expect(facts).toContain('bedreiging');
    expect(facts).toContain(file.reportedByName);

    // Progress: the police report waits on the employee or department head and is late; the signing is done.
    const police = page.getByRole('row', { name: new RegExp(policeTask.name) });
    expect(await police.textContent()).toContain('Wacht, te laat');
    expect(await police.textContent()).toContain('wacht op medewerker of afdelingshoofd');
    // Beside each step the paragraph of the protocol it carries out, as the model cites it.
    expect(await police.textContent()).toContain('7.3, 24 uur; 7.3, mutatie');
    expect(await page.getByRole('row', { name: /Brief beoordelen en ondertekenen/ }).first().textContent()).toContain('Afgerond');

    // Deadlines come from the open tasks and timers: the police report's due date among them.
    const deadlines = page.getByRole('region', { name: 'Termijnen' });
    const due = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(policeTask.dueAt));
    expect(await deadlines.textContent()).toContain(policeTask.name);
    expect(await deadlines.textContent()).toContain(due);
    expect(await deadlines.textContent()).toContain('(protocol 7.3, 24 uur; 7.3, mutatie)');

    const letters = page.getByRole('region', { name: 'Brieven' });
    expect(await letters.getByRole('row', { name: /TC3/ }).textContent()).toContain('ondertekend');
    expect(await page.getByRole('region', { name: 'Tijdlijn' }).textContent()).toContain('Incident gemeld');
    expect(await page.getByRole('region', { name: 'Toegangsverboden' }).textContent()).toContain('Geen toegangsverbod');

    // The diagram of the protocol, with its steps marked as the API says.
    const canvas = page.getByRole('img', { name: /Procesdiagram: Protocol/ });
    await canvas.locator('.djs-element').first().waitFor();
    const classesOf = (id: string) => page.locator(`.djs-element[data-element-id="${id}"]`).first().getAttribute('class');
    expect(root.done).toContain('recidive_b');
    expect(await classesOf('recidive_b')).toContain('ap-marker-done');
    expect(root.waiting).toContain('police_report_b');
    expect(await classesOf('police_report_b')).toContain('ap-marker-waiting');
    expect(await page.getByRole('list', { name: 'Legenda' }).textContent()).toContain('Wacht, te laat');
    await expectAccessible(page, 'dossier');

    // The police report's sub-process: its task is marked late.
    const sub = await page.locator('#diagram-keuze option', { hasText: 'Deelproces Aangifte' }).getAttribute('value');
    await page.getByLabel('Diagram van').selectOption(sub!);
    await page.locator('.djs-element[data-element-id="police_report"].ap-marker-overdue').waitFor();
    await expectAccessible(page, 'dossier-deelproces');

    // The signed letter, as it was sent.
    const download = page.waitForEvent('download');
    await letters.getByRole('button', { name: 'Download ondertekende brief TC3 (Word)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('Brief TC3.docx');
    const docx = await app.api.letterDocx(signed.id);
    const path = await saved.path();
    expect(readFileSync(path).equals(docx)).toBe(true);
    if (signed.pdfState === 'ready') {
      const pdf = page.waitForEvent('download');
      await letters.getByRole('button', { name: 'Download ondertekende brief TC3 (PDF)' }).press('Enter');
      const kept = readFileSync((await (await pdf).path())!);
      expect(createHash('sha256').update(kept).digest('hex')).toBe(signed.pdfSha256);
    } else expect(await letters.getByRole('row', { name: /TC3/ }).textContent()).toContain('alleen Word: deze server maakt geen PDF');

    // Its signature checked: rendered again from its template version and data, it gives the recorded sha256.
    await letters.getByRole('button', { name: 'Controleer handtekening van brief TC3' }).press('Enter');
    await letters.getByRole('status').filter({ hasText: /^Brief TC3 \(ondertekend op .+\) klopt: / }).waitFor();

    // At tablet width the file still reads, with the diagram.
    await page.setViewportSize(TABLET);
    await expectAccessible(page, 'dossier-tablet');
    await context.close();
  });

  it('is reached with the keyboard alone, from Mijn taken', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'threat', new Date(app.t.clock.now().getTime() - 3_600_000));
    const { context, page } = await openApp(chromium.browser, app.t, TABLET);
    await signIn(page, 'afdelingshoofd');
    await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
    const link = page.getByRole('link', { name: new RegExp(incident.reference) }).first();
    await link.waitFor();
    // Tab until the link to the file has the focus, then Enter.
    for (let i = 0; i < 200 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(`Dossier ${incident.reference}`) }).waitFor();
    // The diagram takes the focus (its arrow keys move it), then its zoom buttons.
    await page.getByLabel('Diagram van').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Procesdiagram: Protocol/);
    // Past the bpmn.io mark (a link its licence keeps on the canvas).
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    for (let i = 0; i < 3 && (await focused()) !== 'Inzoomen'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Inzoomen');
    await page.keyboard.press('Enter');
    await expectAccessible(page, 'dossier-toetsenbord');
    await context.close();
  });

  it('is not for a receptionist: no Dossiers in the menu, and a file says so in Dutch', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'insult', new Date());
    const { context, page } = await openApp(chromium.browser, app.t, TABLET);
    await signIn(page, 'receptie');
    const menu = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
    expect(menu.join(' ')).not.toContain('Dossiers');
    await page.goto(`/dossiers/${incident.id}`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('niet bedoeld voor uw rol');
    await expectAccessible(page, 'dossier-geen-toegang');
    await context.close();
  });
});
