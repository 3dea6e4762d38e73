import { readModel } from '@ap/workflow-engine';
import { asText } from '../support/text-body';
import { useTestApp } from '../support/use-test-app';
import { DESKTOP, expectAccessible, openApp, signIn, useBrowser } from './support/browser';

/** The canvas and its properties panel are bpmn.io's; the accessibility statement exempts them. */
const CANVAS = ['.ap-modeller'];

/**
 * A policy owner adds an incidentgesprek to the counter protocol in the browser: draws it, sees the
 * check fail while it has no role, picks the form's template, and puts the model in use. New counter
 * incidents get the task; one started before finishes without it.
 */
describe('the modeller in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  const counterIncident = () => app.api.counterIncident();
  const openTaskNames = async (id: string) => (await app.api.file(id)).tasks.filter((t: any) => t.status === 'open').map((t: any) => t.name);

  it('adds an incidentgesprek for the department head from the templates and deploys it', async () => {
    const before = await counterIncident();
    const { context, page } = await openApp(chromium.browser, app.t, DESKTOP);
    await signIn(page, 'beleid');
    await page.goto('/modellen/counter');
    const edit = page.getByRole('link', { name: 'Model bewerken' });
    await edit.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Model counter bewerken' }).waitFor();
    await page.locator('g.djs-element[data-element-id="fork_all"]').waitFor();
    const controle = page.getByRole('region', { name: 'Controle' });
    await controle.getByText('Het model voldoet aan de regels.').waitFor();
    await expectAccessible(page, 'modeller', CANVAS);

    // Draw: a task after the first split, named, ending in an end event; then make it a user task.
    await page.locator('g.djs-element[data-element-id="fork_all"]').click();
    const pad = page.locator('.djs-context-pad.open');
    await pad.locator('.entry[data-action="append.append-task"]').click();
    await page.keyboard.type('Incidentgesprek');
    await page.keyboard.press('Enter');
    await pad.locator('.entry[data-action="append.end-event"]').click();
    await page.keyboard.type('Gesprek gevoerd');
    await page.keyboard.press('Enter');
    await page.locator('g.djs-element.djs-shape', { hasText: 'Incidentgesprek' }).click();
    await pad.locator('.entry[data-action="replace"]').click();
    await page.locator('.djs-popup [data-id="replace-with-user-task"]').click();

    // Without a role the check fails, in the canvas and in the list; the service refuses it too, and keeps the drawing.
    await controle.getByText('Gebruikerstaak "Incidentgesprek" heeft geen rol (candidateGroups).').waitFor();
    await page.getByLabel('Wat verandert er en waarom? (verplicht)').fill('Incidentgesprek na elk incident aan de balie');
    await page.getByRole('button', { name: 'In gebruik nemen als versie 2' }).click();
    const refused = page.getByRole('heading', { name: /^Niet in gebruik genomen: de service vond/ });
    await refused.waitFor();
    expect(await page.locator('.ap-problems').last().textContent()).toContain('heeft geen rol');
    await expectAccessible(page, 'modeller-geweigerd', CANVAS);

    // A reload keeps what was drawn and typed.
    await page.reload();
    await page.getByText(/U werkt verder aan uw eigen wijzigingen/).waitFor();
    await page.locator('g.djs-element.djs-shape', { hasText: 'Incidentgesprek' }).click();

    // The template for the confirmation form: the role as a choice, the due date as a period.
    await page.locator('.bio-properties-panel-select-template-button').click();
    await page.keyboard.type('Afronden');
    await page.keyboard.press('Enter');
    const settings = page.locator('.bio-properties-panel-group-header', { hasText: 'Instellingen van deze stap' });
    if ((await settings.getAttribute('class'))?.includes('open') !== true) await settings.click();
    await page.getByLabel('Voor de rol').selectOption('department-head');
    await page.getByLabel('Termijn').fill('P5D');
    await controle.getByText('Gebruikerstaak "Incidentgesprek" heeft geen rol').waitFor({ state: 'detached' });

    // The paragraph of the protocol the step carries out, in its own field: one not in the list is named at once.
    await page.getByLabel('Protocolparagraaf').focus();
    await page.keyboard.type('5.3 C, nazorg');
    const properties = page.getByRole('region', { name: 'Eigenschappen van het gekozen' });
    await properties.getByText('"5.3 C, nazorg" staat niet in de lijst van paragrafen').waitFor();
    // The product's checks name it too.
    await controle.getByText('"5.3 C, nazorg" staat niet in de lijst van paragrafen').waitFor();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('5.3 A, nazorg; 5.3 B, nazorg');
    await page.getByText('staat niet in de lijst van paragrafen').first().waitFor({ state: 'detached' });
    await expectAccessible(page, 'modeller-protocolparagraaf', CANVAS);
    expect(await page.getByLabel('Wat verandert er en waarom? (verplicht)').inputValue()).toBe('Incidentgesprek na elk incident aan de balie');

    await page.getByRole('button', { name: 'In gebruik nemen als versie 2' }).click();
    await page.getByText('Versie 2 is in gebruik genomen.').waitFor();
    expect(await page.getByRole('row').nth(1).textContent()).toMatch(/2 \(in gebruik\).*Femke Mulder.*Incidentgesprek na elk incident aan de balie/);

    // The difference with the version before: the new task in the right-hand diagram and in words.
    const toDiff = page.getByRole('link', { name: 'Verschil van versie 2 met versie 1' });
    await toDiff.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Verschil tussen versie 1 en 2 van counter' }).waitFor();
    const inWords = page.getByRole('region', { name: 'Wat versie 2 anders doet dan versie 1' });
    await inWords.getByText('Gebruikerstaak "Incidentgesprek"').waitFor();
    const newer = page.getByRole('region', { name: 'Versie 2 (nieuwer)' });
    const older = page.getByRole('region', { name: 'Versie 1 (ouder)' });
    await newer.locator('.djs-element.ap-diff-added', { hasText: 'Incidentgesprek' }).waitFor();
    expect(await older.locator('.djs-element.ap-diff-added').count()).toBe(0);
    expect(await older.locator('.djs-element', { hasText: 'Incidentgesprek' }).count()).toBe(0);
    // The browser changed nothing else: every other step kept its properties, Camunda extensions included.
    expect(await inWords.getByText('Niets.').count()).toBe(2);
    await expectAccessible(page, 'procesmodel-verschil');

    // What the browser deployed opens in the Camunda Modeler as drawn: Camunda 7 attributes, and the template it came from.
    const deployed = (await app.t.http().get('/api/process-models/counter/versions/2/xml').set(await app.api.as('beleid')).buffer(true).parse(asText)).body as string;
    const { rootElement, warnings } = await readModel('counter', deployed);
    expect(warnings).toEqual([]);
    const task = rootElement.rootElements[0].flowElements.find((e: any) => e.name === 'Incidentgesprek');
    expect(task).toMatchObject({ $type: 'bpmn:UserTask', formKey: 'confirmation', candidateGroups: 'department-head', dueDate: 'P5D', modelerTemplate: 'agressieprotocol.form.confirmation' });

    const after = await counterIncident();
    expect(await openTaskNames(after.id)).toContain('Incidentgesprek');
    const talk = (await app.api.file(after.id)).tasks.find((t: any) => t.name === 'Incidentgesprek');
    expect(talk).toMatchObject({ candidateGroups: ['department-head'], formKey: 'confirmation', paragraphs: ['5.3 A, nazorg', '5.3 B, nazorg'] });
    expect(await openTaskNames(before.id)).not.toContain('Incidentgesprek');
    await context.close();
  });
});
