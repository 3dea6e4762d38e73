import { Page } from 'playwright-core';
import { TimerScheduler } from '@ap/workflow-runtime';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';
import { expectAccessible, openApp, PHONE, signIn, useBrowser } from './support/browser';

/**
 * Home visits (5.6) on a phone: plan, check out with a colleague, check in; and when someone is not back,
 * the colleague's task with what they need to find them, which no other employee sees: they see only that
 * the task is the colleague's. The department head follows the visits but plans none.
 */
describe('home visits in the browser', () => {
  const clock = new TestClock(new Date('2026-12-14T07:00:00Z'));
  const app = useTestApp({ clock });
  const chromium = useBrowser();

  const visit = async (id: string, username = 'medewerker') => (await app.t.http().get(`/api/home-visits/${id}`).set(await app.api.as(username)).expect(200)).body;
  const fireDue = () => app.t.app.get(TimerScheduler).fireDue();

  it('plans a visit, checks out with the keyboard and checks in, on a phone', async () => {
    const { context, page } = await openApp(chromium.browser, app.t, PHONE);
    await signIn(page, 'medewerker');
    await expectFits(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Huisbezoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Huisbezoeken' }).waitFor();
    await expectFits(page);
    await expectAccessible(page, 'huisbezoeken');

    // The plan form is the server's class: its labels, and its refusals in Dutch.
    await page.getByRole('link', { name: 'Huisbezoek plannen' }).click();
    await page.getByLabel('Adres').waitFor();
    await page.getByRole('button', { name: 'Huisbezoek plannen' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Adres: Vul dit in.' }).waitFor();
    expect(await summary.textContent()).toContain('5 velden hebben een probleem');
    await expectFits(page);
    await expectAccessible(page, 'huisbezoek-plannen-fouten');
    await page.getByLabel('Adres').fill('Kerkstraat 12, 1234 AB Voorbeeldstad');
    await page.getByLabel('Wie bezoekt u?').fill('Bouwbedrijf De Vries');
    await page.getByLabel('Telefoonnummer van wie u bezoekt').fill('0575 123456');
    await page.getByLabel('Doel van het bezoek').fill('Controle bouwwerk');
    await page.getByLabel('Begin van het bezoek').fill('2026-12-14T10:00');
    await page.getByLabel('Verwachte duur in minuten').fill('60');
    await page.getByRole('button', { name: 'Huisbezoek plannen' }).click();
    await page.waitForURL(/\/huisbezoeken\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    await page.getByText('Het huisbezoek is gepland.').waitFor();
    expect(await stage(page)).toBe('Risico inschatten');
    expect(await visit(id)).toMatchObject({ address: 'Kerkstraat 12, 1234 AB Voorbeeldstad', visitedPhone: '0575 123456', plannedStart: '2026-12-14T09:00:00.000Z', plannedMinutes: 60 });
    await expectAccessible(page, 'huisbezoek-risico');

    // The risk assessment is the visit's first step, done on its page; the department head decides.
    await page.getByRole('group', { name: 'Risico' }).getByLabel('Gemiddeld').check();
    await page.getByLabel('Waarop de inschatting berust').fill('Eerder een boze reactie op een brief.');
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.getByText('Afgerond: Risico van het huisbezoek inschatten.').waitFor();
    await page.getByText('Wacht op het besluit van het afdelingshoofd').waitFor();
    expect(await page.getByText('Volgende stap: Besluiten: alleen of met twee personen (door afdelingshoofd).').count()).toBe(1);
    await expectAccessible(page, 'huisbezoek-wacht-op-besluit');
    // Prepared through the API: the department head's decision is tested in the API suite.
    await app.api.completeAt(`home-visit:${id}`, 'two_person_decision', { twoPersons: false }, 'afdelingshoofd');

    // Check-out with the keyboard only: colleague, mobile, expected end, then Enter on the button.
    await page.reload();
    await page.getByText('Klaar om uit te melden').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Uitmelden bij een directe collega' }).waitFor();
    await expectFits(page);
    await expectAccessible(page, 'huisbezoek-uitmelden');
    await tabTo(page, 'veld-colleague');
    await page.keyboard.type('eerstemedewerker');
    await tabTo(page, 'veld-mobile');
    await page.keyboard.type('06 12345678');
    await tabTo(page, 'veld-expectedEnd');
    // The field's segments follow Chromium's own language (American in the test browser), not the page's:
    // month, day, year (which takes more digits, so the arrow moves on), hours, minutes, AM.
    await page.keyboard.type('12142026');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('1100A');
    expect(await page.locator('#veld-expectedEnd').inputValue()).toBe('2026-12-14T11:00');
    await tabTo(page, 'Afronden');
    await page.keyboard.press('Enter');
    await page.getByText('Afgerond: Uitmelden bij een directe collega.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Afgerond: Uitmelden bij een directe collega.');
    await page.locator('.ap-stage', { hasText: 'Onderweg tot 11:00' }).waitFor();
    const underWay = await visit(id);
    expect(underWay).toMatchObject({ stage: 'under-way', checkOut: { mobile: '06 12345678', colleague: { username: 'eerstemedewerker', displayName: 'Rik Vos' } } });
    expect(new Date(underWay.checkOut.expectedEnd).toISOString()).toBe('2026-12-14T10:00:00.000Z');
    await page.getByRole('heading', { level: 2, name: 'Terugmelden na het huisbezoek' }).waitFor();
    await expectFits(page);
    await expectAccessible(page, 'huisbezoek-onderweg');

    // Back: the check-in is one tap.
    clock.set('2026-12-14T09:55:00Z');
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.getByText('Afgerond: Terugmelden na het huisbezoek.').waitFor();
    await page.locator('.ap-stage', { hasText: 'Teruggemeld' }).waitFor();
    expect(await visit(id)).toMatchObject({ stage: 'back', checkedInAt: '2026-12-14T09:55:00.000Z' });
    await expectFits(page);
    await expectAccessible(page, 'huisbezoek-teruggemeld');

    await page.getByRole('link', { name: 'Terug naar huisbezoeken' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Bouwbedrijf De Vries' }) }).first();
    await card.waitFor();
    expect(await card.textContent()).toContain('Teruggemeld');
    await context.close();
  });

  it('gives the colleague the contact task with the visit on a phone when someone is not back, and no one else the visit', async () => {
    await app.api.ensureUser('tweedemedewerker', 'Jesse Kok');
    clock.set('2026-12-15T07:00:00Z');
    // Prepared through the API: planning and check-out are tested above.
    const planned = await app.api.planHomeVisit('2026-12-15T10:00:00+01:00');
    await app.api.completeAt(planned.key, 'risk_assessment', { risk: 'low', considerations: 'Geen bijzonderheden.' }, 'medewerker');
    await app.api.completeAt(planned.key, 'two_person_decision', { twoPersons: false }, 'afdelingshoofd');
    await app.api.completeAt(planned.key, 'check_out', { colleague: 'eerstemedewerker', mobile: '06 87654321', expectedEnd: '2026-12-15T11:00:00+01:00' }, 'medewerker');

    // Not back 30 minutes after the expected end.
    clock.set('2026-12-15T10:29:00Z');
    await fireDue();
    expect((await visit(planned.id)).stage).toBe('under-way');
    clock.set('2026-12-15T10:30:00Z');
    await fireDue();
    expect((await visit(planned.id)).stage).toBe('not-back');
    const contact = await app.api.task(planned.key, 'contact_employee', 'eerstemedewerker');

    // Another employee sees in Mijn taken that the task is the colleague's, and nothing of the visit.
    const other = await openApp(chromium.browser, app.t, PHONE);
    await signIn(other.page, 'tweedemedewerker');
    await other.page.getByRole('heading', { name: 'Mijn taken' }).waitFor();
    const row = other.page.getByRole('row').filter({ has: other.page.getByRole('link', { name: 'Medewerker niet teruggemeld: contact zoeken' }) });
    await row.getByText('Toegewezen aan Rik Vos').waitFor();
    expect(await row.textContent()).toContain('Huisbezoek, 15 december 2026 10:00');
    expect(await row.textContent()).not.toContain('Bouwbedrijf');
    await expectAccessible(other.page, 'ander-mijn-taken');
    await row.getByRole('link', { name: 'Medewerker niet teruggemeld: contact zoeken' }).click();
    await other.page.getByText('Deze taak is toegewezen aan Rik Vos. Alleen die kan hem afronden en ziet wat de taak inhoudt.').waitFor();
    const text = await other.page.locator('main').textContent();
    for (const secret of ['06 87654321', 'Kerkstraat', 'Bouwbedrijf', 'Uitkomst']) expect(text).not.toContain(secret);
    expect(await other.page.getByRole('button', { name: 'Afronden' }).count()).toBe(0);
    await expectFits(other.page);
    await expectAccessible(other.page, 'ander-contact-zoeken');
    await other.page.goto(`/huisbezoeken/${planned.id}`);
    await other.page.getByText('Dit huisbezoek is alleen te zien voor de medewerker die het plande, de collega bij wie is uitgemeld en het afdelingshoofd.').waitFor();
    await expectAccessible(other.page, 'huisbezoek-van-ander');
    await other.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Huisbezoeken' }).click();
    await other.page.getByText('U heeft geen huisbezoeken gepland.').waitFor();
    await other.context.close();

    // The department head follows every visit, and plans none.
    const head = await openApp(chromium.browser, app.t, PHONE);
    await signIn(head.page, 'afdelingshoofd');
    await head.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Huisbezoeken' }).click();
    await head.page.getByRole('heading', { level: 1, name: 'Huisbezoeken' }).waitFor();
    await head.page.getByRole('link', { name: 'Bouwbedrijf De Vries' }).first().waitFor();
    expect(await head.page.getByRole('link', { name: 'Huisbezoek plannen' }).count()).toBe(0);
    await expectAccessible(head.page, 'huisbezoeken-afdelingshoofd');
    await head.page.goto(`/huisbezoeken/${planned.id}`);
    await head.page.getByText('Volgende stap: Medewerker niet teruggemeld: contact zoeken (door Rik Vos).').waitFor();
    await head.page.goto('/huisbezoeken/plannen');
    await head.page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await head.context.close();

    const { context, page } = await openApp(chromium.browser, app.t, PHONE);
    await signIn(page, 'eerstemedewerker');
    await page.getByRole('heading', { name: 'Mijn taken' }).waitFor();
    await page.getByRole('link', { name: 'Medewerker niet teruggemeld: contact zoeken' }).first().waitFor();
    await expectFits(page);
    await expectAccessible(page, 'collega-mijn-taken');
    await page.goto(`/taken/${contact.id}`);
    const details = page.getByRole('region', { name: 'Het huisbezoek' });
    await details.waitFor();
    const facts = await details.textContent();
    for (const fact of ['Sanne de Boer', 'Kerkstraat 12, 1234 AB Voorbeeldstad', 'Bouwbedrijf De Vries', '0575 123456', '15 december 2026 om 11:00']) expect(facts).toContain(fact);
    expect(await details.getByRole('link', { name: 'Sanne de Boer bellen: 06 87654321' }).getAttribute('href')).toBe('tel:0687654321');
    await expectFits(page);
    await expectAccessible(page, 'collega-contact-zoeken');
    await page.getByRole('group', { name: 'Uitkomst' }).getByLabel('Medewerker bereikt en in orde').check();
    await page.getByLabel('Hoe geprobeerd').fill('Mobiel gebeld, ze was uitgelopen en is in orde.');
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.waitForURL((url) => url.pathname === '/taken');
    const after = await visit(planned.id, 'eerstemedewerker');
    expect(after.stage).toBe('not-back');
    const done = (await app.t.http().get(`/api/tasks/${contact.id}`).set(await app.api.as('eerstemedewerker')).expect(200)).body;
    expect(done).toMatchObject({ status: 'completed', submitted: { outcome: 'reached', note: 'Mobiel gebeld, ze was uitgelopen en is in orde.' } });
    await context.close();

    // The employee's check-in still counts after the search started: it is on the visit's page.
    const employee = await openApp(chromium.browser, app.t, PHONE);
    await signIn(employee.page, 'medewerker');
    await employee.page.goto(`/huisbezoeken/${planned.id}`);
    await employee.page.getByRole('heading', { level: 2, name: 'Terugmelden na het huisbezoek' }).waitFor();
    expect(await stage(employee.page)).toBe('Niet teruggemeld');
    await expectAccessible(employee.page, 'huisbezoek-alsnog-terugmelden');
    clock.set('2026-12-15T10:50:00Z');
    await employee.page.getByRole('button', { name: 'Afronden' }).click();
    await employee.page.getByText('Afgerond: Terugmelden na het huisbezoek.').waitFor();
    await employee.page.locator('.ap-stage', { hasText: /Stand van zaken:\s*Teruggemeld$/ }).waitFor();
    expect(await visit(planned.id)).toMatchObject({ stage: 'back', checkedInAt: '2026-12-15T10:50:00.000Z' });
    await employee.context.close();
  });
});

/** Where the visit stands, as the page says it. */
async function stage(page: Page): Promise<string> {
  return (await page.locator('.ap-stage').textContent())!.replace('Stand van zaken:', '').trim();
}

/** The page fits the screen: nothing to scroll sideways. */
async function expectFits(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
  expect({ url: page.url(), scroll }).toEqual({ url: page.url(), scroll: width });
}

/** Presses Tab until the field with this id, or the button with this text, has the focus. */
async function tabTo(page: Page, target: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent?.trim() }));
    if (focused.id === target || focused.text === target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}
