import { readFileSync } from 'node:fs';
import { counterWithIncidentTalk } from '../support/model-edits';
import { useTestApp } from '../support/use-test-app';
import { DESKTOP, expectAccessible, menuEntries, openApp, signIn, useBrowser } from './support/browser';

/** The policy owner's list of models and a model's versions: who put each in use, when, why, and what still runs on it. */
describe('model versions in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('lands the policy owner on the models, lists a model’s versions and downloads one, with the keyboard', async () => {
    // Prepared through the API: a version deployed from the browser, beside the one from the file.
    const policy = await app.api.as('beleid');
    const [fromFile] = (await app.t.http().get('/api/process-models/counter/versions').set(policy).expect(200)).body;
    await app.t.http().post('/api/process-models/counter/versions').set(policy).send({ xml: counterWithIncidentTalk(), comment: 'Incidentgesprek toegevoegd', baseVersion: fromFile.version }).expect(201);

    const { context, page } = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(page, 'beleid');
    await page.getByRole('heading', { level: 1, name: 'Procesmodellen' }).waitFor();
    expect(await menuEntries(page)).toEqual(['Mijn taken', 'Berichten', 'Procesmodellen', 'Briefsjablonen']);
    const counterRow = page.getByRole('row', { name: /Balie/i }).first();
    await counterRow.waitFor();
    expect(await counterRow.textContent()).toContain(String(fromFile.version + 1));
    await expectAccessible(page, 'procesmodellen');

    const link = counterRow.getByRole('link');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Versies van/ }).waitFor();
    const rows = page.getByRole('row');
    await rows.nth(2).waitFor();
    expect(await rows.nth(1).textContent()).toMatch(new RegExp(`${fromFile.version + 1} \\(in gebruik\\).*Femke Mulder.*Incidentgesprek toegevoegd`));
    expect(await rows.nth(2).textContent()).toContain('bestand counter.bpmn');
    await expectAccessible(page, 'procesmodel-versies');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: `Download versie ${fromFile.version + 1} als BPMN` }).press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`counter-v${fromFile.version + 1}.bpmn`);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(counterWithIncidentTalk());
    await context.close();
  });
});
