import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { expectAccessible, menuEntries, openApp, signIn, TABLET, useBrowser } from './support/browser';

// A real PNG (1×1), as a photo of the visitor.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A second threat: the college signs TC4 in the browser, and the reception finds the ban. */
describe('an access ban from signing to the reception desk', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('lets the college sign TC4 and the receptionist find the ban with the photo and what to do', async () => {
    const citizen = newCitizen();
    // Prepared through the API: the first threat and its warning letter TC3.
    const first = await app.api.phoneIncident(citizen, 'threat', new Date(app.t.clock.now().getTime() - 30 * 86_400_000));
    await app.api.completeAt(first.id, 'sign:TC3', { decision: 'approve' }, 'afdelingshoofd');
    const second = await app.api.phoneIncident(citizen, 'threat', new Date(app.t.clock.now().getTime() - 3_600_000));
    expect(second.isRepeat).toBe(true);

    const college = await openApp(chromium.browser, app.t);
    await signIn(college.page, 'college');
    await college.page.getByRole('row', { name: new RegExp(`Brief beoordelen en ondertekenen.*${second.reference}`) }).getByRole('link').first().click();
    const letter = college.page.getByRole('region', { name: 'Brief TC4' });
    await letter.locator('.docx-wrapper').waitFor();
    expect(await letter.textContent()).toContain(citizen.name);
    await expectAccessible(college.page, 'brief-tc4-college');
    await college.page.getByLabel('Goedkeuren en ondertekenen').check();
    await college.page.getByRole('button', { name: 'Afronden' }).click();
    await college.page.waitForURL((url) => url.pathname === '/taken');
    const file = await app.api.file(second.id);
    expect(file.bans).toEqual([expect.objectContaining({ status: 'active' })]);
    const ban = file.bans[0];
    // Prepared through the API: the department head attaches the photo receptions recognise the visitor by.
    await app.t.http().put(`/api/citizens/${second.citizen.id}/photo`).set(await app.api.as('afdelingshoofd')).set('Content-Type', 'image/png').send(PNG).expect(204);

    // The receptionist, on a tablet at the desk.
    const desk = await openApp(chromium.browser, app.t, TABLET);
    await signIn(desk.page, 'receptie');
    expect(await menuEntries(desk.page)).toEqual(['Mijn taken', 'Berichten', 'Receptie']);
    // The reception starts on its lookup.
    await desk.page.getByRole('heading', { level: 1, name: 'Bezoeker opzoeken' }).waitFor();
    expect(new URL(desk.page.url()).pathname).toBe('/receptie');
    await expectAccessible(desk.page, 'receptie');

    await desk.page.getByRole('button', { name: 'Zoeken' }).click();
    await desk.page.getByText('Vul de naam van de bezoeker in.').waitFor();
    await desk.page.getByLabel('Naam').fill(citizen.name.toUpperCase());
    await desk.page.getByLabel(/Geboortedatum/).fill(citizen.dateOfBirth!);
    await desk.page.getByLabel(/Geboortedatum/).press('Enter');
    const outcome = desk.page.getByRole('alert');
    await outcome.getByRole('heading', { name: 'Toegangsverbod: niet toelaten' }).waitFor();
    expect(await outcome.locator('.ap-instruction').textContent()).toContain('schakel meteen de politie in');
    expect(await outcome.textContent()).toContain(ban.scope);
    const endsOn = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ban.endsOn}T00:00:00Z`));
    expect(await outcome.textContent()).toContain(`Geldt tot en met${endsOn}`);
    const photo = outcome.getByRole('img', { name: `Foto van ${citizen.name}` });
    await photo.waitFor();
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await expectAccessible(desk.page, 'receptie-verbod');

    // Someone else with the same name but another date of birth may enter.
    await desk.page.getByLabel(/Geboortedatum/).fill('1990-01-01');
    await desk.page.getByRole('button', { name: 'Zoeken' }).click();
    await desk.page.getByRole('heading', { name: 'Geen toegangsverbod' }).waitFor();
    await expectAccessible(desk.page, 'receptie-geen-verbod');
    await college.context.close();
    await desk.context.close();
  });
});
