import { Page } from 'playwright-core';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { expectAccessible, openApp, signIn, TABLET, useBrowser } from './support/browser';

/** A moment an hour ago as a datetime-local input takes it, in the browser's time zone (Amsterdam). */
function hourAgo(now: Date): string {
  const local = new Date(now.getTime() - 3_600_000).toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' });
  return local.slice(0, 16).replace(' ', 'T');
}

/** The id of the incident the page went to after sending. */
async function reportedId(page: Page): Promise<string> {
  await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

/** Melding maken: one guided form for every channel, from the employee's point of view. */
describe('reporting an incident in the browser', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('a phone threat on a citizen found by the search, with the keyboard alone', async () => {
    const known = newCitizen({ dateOfBirth: '1975-03-08' });
    const earlier = await app.api.phoneIncident(known, 'insult', new Date(app.t.clock.now().getTime() - 86_400_000));
    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'medewerker');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Melding maken' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Melding maken' }).waitFor();
    await expectAccessible(page, 'melding-start');

    // Only the channel is asked first; choosing it opens the rest.
    await page.getByLabel('Telefonische agressie').focus();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: '2. Om welke burger gaat het?' }).waitFor();

    // Search by part of the name and the date of birth; Enter searches instead of sending the report.
    await page.getByLabel('Naam (of een deel ervan)').focus();
    await page.keyboard.type(known.name.split(' ').pop()!.toUpperCase());
    await page.getByLabel('Geboortedatum (niet verplicht)').fill('1975-03-08');
    await page.getByLabel('Naam (of een deel ervan)').focus();
    await page.keyboard.press('Enter');
    await page.getByText('1 burger gevonden.').waitFor();
    await expectAccessible(page, 'melding-burger-gezocht');
    await page.getByRole('button', { name: `Kies ${known.name}, geboren 8 maart 1975` }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Gekozen: ${known.name}`).waitFor();

    // Phone offers insult, discrimination and threat (its protocol's A and B), nothing of the counter.
    const behaviours = page.getByRole('group', { name: 'Wat deed de burger?' });
    expect(await behaviours.getByRole('radio').count()).toBe(3);
    await behaviours.getByLabel('Bedreiging').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('II. Persoonsgerichte bedreiging').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Wanneer gebeurde het?').fill(hourAgo(app.t.clock.now()));
    await page.getByLabel('Waar gebeurde het?').focus();
    await page.keyboard.type('Klantcontactcentrum, Markt 1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('De beller dreigde de medewerker op te wachten na het werk.');
    // No on-the-spot part on the phone, and no photo for an employee.
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['1. Waar had u contact met de burger?', '2. Om welke burger gaat het?', '3. Het incident']);
    await expectAccessible(page, 'melding-telefoon-ingevuld');

    // The first send reaches the service, but its answer is lost on the way back.
    const keys: string[] = [];
    await page.route('**/api/incidents', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push((await route.request().headerValue('idempotency-key')) ?? '');
      if (keys.length > 1) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Melding versturen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'De service is niet bereikbaar' }).waitFor();
    // Sent again, the same report is recognised: one incident, not two.
    await page.getByRole('button', { name: 'Melding versturen' }).focus();
    await page.keyboard.press('Enter');

    const id = await reportedId(page);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const listed = await app.t.http().get('/api/incidents').query({ q: known.name }).set(await app.api.as('afdelingshoofd')).expect(200);
    expect(listed.body.map((i: { id: string }) => i.id).sort()).toEqual([earlier.id, id].sort());
    const file = await app.api.file(id);
    expect(file).toMatchObject({ channel: 'phone', behaviour: 'threat', category: 'II', location: 'Klantcontactcentrum, Markt 1', citizenId: earlier.citizen.id });
    expect(file.letters.map((l: any) => l.code)).toContain('TC3');
    await context.close();
  });

  it('a counter incident on a new citizen with the on-the-spot checklist and its times, on a tablet', async () => {
    const citizen = newCitizen();
    const { context, page } = await openApp(chromium.browser, app.t, TABLET);
    await signIn(page, 'medewerker');
    await page.goto('/melding');
    await page.getByLabel('Agressie aan de balie of in de spreekkamer').check();
    await page.getByLabel('Naam (of een deel ervan)').fill(citizen.name);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen burger gevonden.').waitFor();
    await page.getByRole('button', { name: 'Nieuwe burger invullen' }).click();
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe(citizen.name);
    await page.getByLabel('Geboortedatum (niet verplicht)').fill(citizen.dateOfBirth!);
    await page.getByLabel('Straat en huisnummer (niet verplicht)').fill(citizen.streetAddress!);
    await page.getByLabel('Postcode (niet verplicht)').fill(citizen.postalCode!);
    await page.getByLabel('Woonplaats (niet verplicht)').fill(citizen.city!);

    // The counter starts three protocols: its own (5.3), and 5.4 and 5.5 for violence against property or persons;
    // the checklist is the model's own task form.
    expect(await page.getByRole('group', { name: 'Wat deed de burger?' }).getByText('Geweld tegen mensen (protocol 5.5)').isVisible()).toBe(true);
    await page.getByLabel('Zich niet houden aan de huisregels').check();
    await page.getByLabel('I. (Non-)verbale agressie').check();
    await page.getByLabel('Wanneer gebeurde het?').fill(hourAgo(app.t.clock.now()));
    await page.getByLabel('Waar gebeurde het?').fill('Balie 3, Stadskantoor');
    await page.getByLabel('Wat gebeurde er?').fill('De burger weigerde te wachten en liep achter de balie.');
    await page.getByRole('heading', { name: '4. Stappen ter plekke (niet verplicht)' }).waitFor();
    await page.getByLabel('burger aangesproken op zijn gedrag').check();
    await page.getByLabel('Tijdstip: burger aangesproken op zijn gedrag').fill('2026-11-20T10:16');
    await page.getByLabel('burger verzocht te vertrekken').check();
    await page.getByLabel('Tijdstip: burger verzocht te vertrekken').fill('2026-11-20T10:18');
    await page.getByLabel('burger is vertrokken voordat alarm nodig was').check();
    await expectAccessible(page, 'melding-balie-tablet');
    await page.getByRole('button', { name: 'Melding versturen' }).click();

    const file = await app.api.file(await reportedId(page));
    expect(file).toMatchObject({ channel: 'counter', behaviour: 'house-rules', category: 'I' });
    expect(file.citizen).toMatchObject({ name: citizen.name, dateOfBirth: citizen.dateOfBirth, postalCode: citizen.postalCode });
    const steps = file.tasks.find((t: any) => t.elementId === 'on_site_steps');
    expect(steps.status).toBe('completed');
    expect(steps.form).toEqual({
      steps: [
        { step: 'addressed', at: new Date('2026-11-20T10:16:00+01:00').toISOString() },
        { step: 'asked-to-leave', at: new Date('2026-11-20T10:18:00+01:00').toISOString() },
      ],
      outcome: 'left',
    });
    await context.close();
  });

  it('violence with the perpetrator description; a refusal is shown at its field and nothing typed is lost, a reload neither', async () => {
    const citizen = newCitizen();
    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'medewerker');
    await page.goto('/melding');
    await page.getByLabel('Geweld tegen mensen').check();
    await page.getByLabel('Naam (of een deel ervan)').fill(citizen.name);
    await page.getByRole('button', { name: 'Nieuwe burger invullen' }).click();
    await page.getByLabel('Postcode (niet verplicht)').fill('12345');
    // One behaviour and one category: chosen at once.
    expect(await page.getByLabel('Geweld tegen personen').isChecked()).toBe(true);
    expect(await page.getByLabel('III. Fysieke agressie').isChecked()).toBe(true);
    await page.getByLabel('Wanneer gebeurde het?').fill(hourAgo(app.t.clock.now()));
    await page.getByLabel('Waar gebeurde het?').fill('Spreekkamer 2, Stadskantoor');
    await page.getByLabel('Wat gebeurde er?').fill('De burger sloeg de medewerker in het gezicht.');
    await page.getByLabel('Man', { exact: true }).check();
    await page.getByLabel('Lengte, bv. "ongeveer 1,85 m"').fill('ongeveer 1,85 m');
    await page.getByLabel('Kleding').fill('Zwarte jas, blauwe spijkerbroek');
    await page.getByLabel('Taalgebruik, accent of dialect').fill('Nederlands met een Rotterdams accent');
    await page.getByRole('button', { name: 'Melding versturen' }).click();

    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Burger › Postcode: Geef een Nederlandse postcode, bijvoorbeeld 1234 AB.' }).waitFor();
    expect(await page.locator('.ap-problem', { hasText: 'Geef een Nederlandse postcode' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Kleding').inputValue()).toBe('Zwarte jas, blauwe spijkerbroek');
    expect(page.url()).toMatch(/\/melding$/);
    await expectAccessible(page, 'melding-geweld-geweigerd');

    await page.reload();
    await page.getByLabel('Kleding').waitFor();
    expect(await page.getByLabel('Kleding').inputValue()).toBe('Zwarte jas, blauwe spijkerbroek');
    expect(await page.getByLabel('Postcode (niet verplicht)').inputValue()).toBe('12345');
    await page.getByLabel('Postcode (niet verplicht)').fill(citizen.postalCode!);
    await page.getByRole('button', { name: 'Melding versturen' }).click();

    const file = await app.api.file(await reportedId(page));
    expect(file).toMatchObject({ channel: 'violence', behaviour: 'violence', category: 'III' });
    expect(file.tasks.find((t: any) => t.elementId === 'describe_perpetrator')).toMatchObject({
      status: 'completed',
      form: { sex: 'man', height: 'ongeveer 1,85 m', clothing: 'Zwarte jas, blauwe spijkerbroek', language: 'Nederlands met een Rotterdams accent' },
    });
    await context.close();
  });

  it('public road D asks for the perpetrator, as the violence protocol it calls does; A to C do not', async () => {
    const citizen = newCitizen();
    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'medewerker');
    await page.goto('/melding');
    await page.getByLabel('Agressie op de openbare weg').check();
    await page.getByLabel('Naam (of een deel ervan)').fill(citizen.name);
    await page.getByRole('button', { name: 'Nieuwe burger invullen' }).click();
    await page.getByLabel('Schelden en beledigen').check();
    await page.getByLabel('I. (Non-)verbale agressie').check();
    const headings = () => page.getByRole('heading', { level: 2 }).allTextContents();
    expect(await headings()).toEqual(['1. Waar had u contact met de burger?', '2. Om welke burger gaat het?', '3. Het incident']);
    await page.getByLabel('Geweld tegen personen').check();
    await page.getByRole('heading', { name: '4. Signalement van de dader (niet verplicht)' }).waitFor();
    await page.getByLabel('Wanneer gebeurde het?').fill(hourAgo(app.t.clock.now()));
    await page.getByLabel('Waar gebeurde het?').fill('Marktplein, voor het stadhuis');
    await page.getByLabel('Wat gebeurde er?').fill('De burger duwde de handhaver om.');
    await page.getByLabel('Vrouw', { exact: true }).check();
    await page.getByLabel('Lengte, bv. "ongeveer 1,85 m"').fill('ongeveer 1,70 m');
    await page.getByLabel('Kleding').fill('Groene regenjas');
    await page.getByLabel('Taalgebruik, accent of dialect').fill('Nederlands');
    await expectAccessible(page, 'melding-openbare-weg-d');
    await page.getByRole('button', { name: 'Melding versturen' }).click();

    const file = await app.api.file(await reportedId(page));
    expect(file).toMatchObject({ channel: 'public-road', behaviour: 'violence', category: 'III' });
    expect(file.tasks.find((t: any) => t.elementId === 'describe_perpetrator')).toMatchObject({
      status: 'completed',
      form: { sex: 'vrouw', height: 'ongeveer 1,70 m', clothing: 'Groene regenjas', language: 'Nederlands' },
    });
    await context.close();
  });

  it('a department head at the counter is not asked the checklist the employee records, and is told so', async () => {
    const citizen = newCitizen();
    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'afdelingshoofd');
    await page.goto('/melding');
    await page.getByLabel('Agressie aan de balie of in de spreekkamer').check();
    await page.getByLabel('Naam (of een deel ervan)').fill(citizen.name);
    await page.getByRole('button', { name: 'Nieuwe burger invullen' }).click();
    await page.getByLabel('Zich niet houden aan de huisregels').check();
    await page.getByLabel('I. (Non-)verbale agressie').check();
    await page.getByLabel('Wanneer gebeurde het?').fill(hourAgo(app.t.clock.now()));
    await page.getByLabel('Waar gebeurde het?').fill('Balie 1, Stadskantoor');
    await page.getByLabel('Wat gebeurde er?').fill('De burger bleef aan de balie staan na sluitingstijd.');
    const part = page.getByRole('region', { name: '4. Stappen ter plekke' });
    await part.getByText('Dit vult u niet in: iemand met de rol medewerker legt het na de melding vast, als taak.').waitFor();
    expect(await part.getByRole('checkbox').count()).toBe(0);
    await expectAccessible(page, 'melding-balie-afdelingshoofd');
    await page.getByRole('button', { name: 'Melding versturen' }).click();

    const file = await app.api.file(await reportedId(page));
    expect(file).toMatchObject({ channel: 'counter', behaviour: 'house-rules' });
    expect(file.tasks.find((t: any) => t.elementId === 'on_site_steps')).toMatchObject({ status: 'open', candidateGroups: ['employee'] });
    await context.close();
  });
});
