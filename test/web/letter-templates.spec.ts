import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PdfConverter } from '@ap/letters';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { editAsWord, removeParagraphsWith } from '../support/word-edit';
import { DESKTOP, expectAccessible, menuEntries, openApp, signIn, useBrowser } from './support/browser';

const OLD = 'Wij nemen dit voorval zeer serieus.';
const NEW = 'Wij nemen dit voorval bijzonder serieus.';
const TEMPLATES = join(__dirname, '../../letter-templates');

/**
 * Legal staff maintain a letter in the browser: download it, change it in Word, upload it, read the
 * problems of a broken one, preview it with sample and real data, publish it and restore the old wording.
 */
describe('letter templates in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('takes TC3 from download through upload, preview and publish to rollback, with the keyboard', async () => {
    const before = await app.api.phoneIncident(newCitizen(), 'threat', new Date(app.t.clock.now().getTime() - 3_600_000));
    const { context, page } = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(page, 'juridisch');
    await page.getByRole('heading', { level: 1, name: 'Briefsjablonen' }).waitFor();
    expect(await menuEntries(page)).toContain('Briefsjablonen');
    const row = page.getByRole('row', { name: /^TC3/ });
    expect(await row.textContent()).toMatch(/bedreiging aan de telefoon.*telefonische agressie.*afdelingshoofd.*publicatie 1/);
    await expectAccessible(page, 'briefsjablonen');
    await row.getByRole('link', { name: 'TC3' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Brief TC3' }).waitFor();

    // Download the version in use, as legal staff would to open it in Word.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Download versie \w+ als Word-bestand$/ }).first().press('Enter');
    const downloaded = readFileSync((await (await downloading).path())!);
    expect(downloaded.equals(readFileSync(join(TEMPLATES, 'TC3.docx')))).toBe(true);

    // A broken upload: every problem with where it is; the comment stays.
    const file = page.getByLabel('Word-bestand (.docx)');
    const comment = page.getByLabel('Toelichting (wat is er veranderd?)');
    await comment.fill('Toon aangescherpt');
    await file.setInputFiles({ name: 'TC3.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: editAsWord(downloaded, '{incident.datum}', '{incident.datum om {incident.tijdstip}') });
    await page.getByRole('button', { name: 'Uploaden en controleren' }).press('Enter');
    const refused = page.getByRole('alert').filter({ hasText: 'De brief is niet opgeslagen' });
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/hoofdtekst, alinea \d+: Het veld "\{incident\.datum" wordt niet gesloten/);
    expect(await refused.textContent()).toMatch(/Het veld \{incident\.tijdstip\} bestaat niet\. Bedoelt u incident\.tijd\?/);
    expect(await comment.inputValue()).toBe('Toon aangescherpt');
    await expectAccessible(page, 'briefsjabloon-geweigerd');

    // The real change, then its preview with sample data and with a real incident's.
    await file.setInputFiles({ name: 'TC3.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: editAsWord(downloaded, OLD, NEW) });
    await page.getByRole('button', { name: 'Uploaden en controleren' }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'is gecontroleerd en opgeslagen als concept' }).waitFor();
    const preview = page.getByRole('region', { name: 'Voorbeeld van TC3' });
    await preview.getByText(NEW).waitFor();
    await page.getByLabel('Vullen met').selectOption({ label: 'de gegevens van een incident' });
    await page.getByLabel('Kenmerk van het incident').fill(before.reference);
    await page.getByRole('button', { name: 'Voorbeeld tonen' }).press('Enter');
    await page.getByRole('status').filter({ hasText: `ingevuld met incident ${before.reference}` }).waitFor();
    await preview.getByText(`${before.reference}/TC3`, { exact: true }).waitFor();

    // As PDF where the service has LibreOffice (CI installs it); otherwise the page says it has none.
    if (await app.t.app.get(PdfConverter).available()) {
      const pdf = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download als PDF' }).press('Enter');
      const pdfPath = (await (await pdf).path())!;
      expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
      expect(execFileSync('pdftotext', [pdfPath, '-']).toString().replace(/\s+/g, ' ')).toContain(NEW);
    } else await page.getByText('PDF is op deze server niet beschikbaar: LibreOffice is niet geïnstalleerd.').waitFor();

    // The difference in wording with the version in use.
    const diff = page.getByRole('region', { name: 'Verschil in tekst' });
    await diff.locator('ins').filter({ hasText: NEW }).waitFor();
    await diff.locator('del').filter({ hasText: OLD }).waitFor();
    await expectAccessible(page, 'briefsjabloon-concept');

    // Publish: new letters carry the new sentence, the draft made before keeps the old one.
    await page.getByRole('button', { name: /^Publiceer versie/ }).press('Enter');
    await page.getByLabel('Toelichting bij de publicatie').fill('Na overleg met de afdeling');
    await page.getByLabel('Toelichting bij de publicatie').press('Enter');
    await page.getByRole('status').filter({ hasText: 'is gepubliceerd als publicatie 2' }).waitFor();
    const after = await app.api.phoneIncident(newCitizen(), 'threat', new Date(app.t.clock.now().getTime() - 1_800_000));
    expect(await app.api.letterText(after.id, 'TC3')).toContain(NEW);
    await app.api.completeAt(before.id, 'sign:TC3', { decision: 'approve' }, 'afdelingshoofd');
    expect(await app.api.letterText(before.id, 'TC3')).toContain(OLD);

    // Roll back: the old wording for new letters again.
    await page.getByRole('button', { name: 'Zet publicatie 1 terug als nieuwe publicatie' }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'Publicatie 1 is teruggezet als publicatie 3' }).waitFor();
    const publications = page.getByRole('region', { name: 'Publicaties' });
    await publications.getByRole('row', { name: /^3 \(in gebruik\)/ }).waitFor();
    expect(await publications.getByRole('row').nth(1).textContent()).toMatch(/^3 \(in gebruik\).*Thomas de Wit.*Teruggezet naar publicatie 1/);
    const restored = await app.api.phoneIncident(newCitizen(), 'threat', new Date(app.t.clock.now().getTime() - 900_000));
    expect(await app.api.letterText(restored.id, 'TC3')).toContain(OLD);
    await expectAccessible(page, 'briefsjabloon-gepubliceerd');
    await context.close();
    // A long walk with two LibreOffice runs, on a machine busy with the other suites.
  }, 180_000);

  it('refuses a decision without its objection clause, a file that is no letter and one too large, changing nothing', async () => {
    const { context, page } = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(page, 'juridisch');
    await page.goto('/beheer/briefsjablonen/TC4');
    await page.getByRole('heading', { level: 1, name: 'Brief TC4' }).waitFor();
    const rows = page.getByRole('region', { name: 'Versies' }).getByRole('row');
    await rows.nth(1).waitFor();
    const versions = await rows.count();
    const file = page.getByLabel('Word-bestand (.docx)');
    const send = async (name: string, buffer: Buffer) => {
      await file.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
      await page.getByRole('button', { name: 'Uploaden en controleren' }).press('Enter');
    };

    await send('TC4.docx', removeParagraphsWith(readFileSync(join(TEMPLATES, 'TC4.docx')), 'Dan kunt u bezwaar maken.'));
    await page.getByRole('alert').filter({ hasText: 'Brief TC4 is een besluit, maar de bezwaarclausule' }).waitFor();
    await send('brief.pdf', Buffer.from('%PDF-1.4 geen Word-document'));
    await page.getByRole('alert').filter({ hasText: 'Dit bestand is geen Word-document (.docx).' }).waitFor();
    await send('groot.docx', Buffer.alloc(20 * 1024 * 1024, 1));
    await page.getByText('Het bestand is groter dan 10 MB; dat is de grens.').waitFor();
    await expectAccessible(page, 'briefsjabloon-te-groot');

    await page.reload();
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(versions);
    await context.close();
  });

  it('shows others the library without the means to change it', async () => {
    const { context, page } = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(page, 'afdelingshoofd');
    await page.goto('/beheer/briefsjablonen/TC4');
    await page.getByRole('heading', { level: 1, name: 'Brief TC4' }).waitFor();
    await page.getByText('Besluit: de brief moet de bezwaarclausule bevatten').waitFor();
    expect(await page.getByRole('button', { name: 'Uploaden en controleren' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Publiceer/ }).count()).toBe(0);
    await page.getByRole('row', { name: /\{burger\.naam\}/ }).getByText('verplicht in elke brief').waitFor();
    await expectAccessible(page, 'briefsjabloon-lezen');
    await context.close();
  });
});
