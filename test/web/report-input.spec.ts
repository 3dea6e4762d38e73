import sharp from 'sharp';
import { Page } from 'playwright-core';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';
import { expectAccessible, openApp, signIn, useBrowser } from './support/browser';

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

/** The calls the page makes that change something (not the GETs), as "POST /api/incidents". */
function changesSent(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/') && request.method() !== 'GET') sent.push(`${request.method()} ${url.pathname}`);
  });
  return sent;
}

/** A phone insult on a new citizen, filled in the ordinary way, up to the send button. */
async function fillPhoneReport(page: Page, name: string, now: Date): Promise<void> {
  await page.goto('/melding');
  await page.getByLabel('Telefonische agressie').check();
  await page.getByLabel('Naam (of een deel ervan)').fill(name);
  await page.getByRole('button', { name: 'Nieuwe burger invullen' }).click();
  await page.getByLabel('Schelden en beledigen').check();
  await page.getByLabel('I. (Non-)verbale agressie').check();
  await page.getByLabel('Wanneer gebeurde het?').fill(hourAgo(now));
  await page.getByLabel('Waar gebeurde het?').fill('Klantcontactcentrum, Markt 1');
  await page.getByLabel('Wat gebeurde er?').fill('De beller schold de medewerker uit.');
}

/**
 * A recent past moment on a day whose day and month are the same number (11 November, 14:15), as a
 * datetime-local input's value: typed digit by digit, it means the same whether the browser's date field
 * shows the day or the month first (Chromium follows its own language there, not the page's).
 */
function sameDayAndMonth(now: Date): string {
  for (const year of [now.getUTCFullYear(), now.getUTCFullYear() - 1]) {
    for (let month = 12; month >= 1; month--) {
      const mm = String(month).padStart(2, '0');
      const value = `${year}-${mm}-${mm}T14:15`;
      if (new Date(`${value}:00Z`).getTime() < now.getTime() - 2 * 86_400_000) return value;
    }
  }
  throw new Error('no such day');
}

/** What has the focus, as a screen reader names it: the label of a field, the text of a button or link. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
    return label.trim();
  });
}

/** Presses the key (Tab, Shift+Tab, an arrow) until the element with this name has the focus. */
async function moveTo(page: Page, name: string | RegExp, key = 'Tab', most = 80): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < most; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
    seen.push(now);
  }
  throw new Error(`"${name}" never got the focus with ${key}; it went past: ${seen.join(' | ')}`);
}

/** Bad input in Melding maken: what the browser refuses before sending, and a connection that fails. */
describe('reporting an incident in the browser: bad input and the keyboard', () => {
  const app = useTestApp();
  const chromium = useBrowser();

  it('a department head attaches a real photo; a file that is no image or too large is refused in Dutch before anything is sent', async () => {
    const citizen = newCitizen();
    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'afdelingshoofd');
    // A real JPEG, drawn and encoded by the browser itself.
    const dataUrl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 16;
      canvas.height = 16;
      const draw = canvas.getContext('2d')!;
      draw.fillStyle = '#c0392b';
      draw.fillRect(0, 0, 16, 16);
      return canvas.toDataURL('image/jpeg', 0.9);
    });
    const jpeg = Buffer.from(dataUrl.split(',')[1], 'base64');
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const sent = changesSent(page);
    await fillPhoneReport(page, citizen.name, app.t.clock.now());
    await page.getByRole('heading', { name: '4. Foto voor de receptie' }).waitFor();
    const photo = page.getByLabel('Foto van de burger (niet verplicht)');

    await photo.setInputFiles({ name: 'aantekeningen.txt', mimeType: 'text/plain', buffer: Buffer.from('geen foto') });
    await page.getByText('Kies een foto als JPEG of PNG.').waitFor();
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    // Not sent: the focus goes to the photo, whose problem its description reads out.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-foto');
    expect(await photo.getAttribute('aria-describedby')).toBe('veld-foto-uitleg veld-foto-fout');
    await expectAccessible(page, 'melding-foto-geen-afbeelding');

    await photo.setInputFiles({ name: 'groot.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([jpeg, Buffer.alloc(2 * 1024 * 1024)]) });
    await page.getByText('De foto is groter dan 2 MB. Kies een kleinere foto.').waitFor();
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await expectAccessible(page, 'melding-foto-te-groot');
    expect(sent).toEqual([]);
    expect(page.url()).toMatch(/\/melding$/);

    await photo.setInputFiles({ name: 'pasfoto.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    expect(await page.getByText('De foto is groter dan').count()).toBe(0);
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    const file = await app.api.file(await reportedId(page));
    expect(sent).toEqual(['POST /api/incidents', `PUT /api/citizens/${file.citizen.id}/photo`]);
    const stored = await app.t.http().get(`/api/citizens/${file.citizen.id}/photo`).set(await app.api.as('afdelingshoofd')).buffer(true).expect(200);
    expect(stored.headers['content-type']).toBe('image/jpeg');
    // Kept as the same picture, encoded anew without its metadata.
    const original = await sharp(jpeg).metadata();
    expect(await sharp(stored.body).metadata()).toMatchObject({ format: 'jpeg', width: original.width, height: original.height });
    await context.close();
  });

  it('a network error while sending says the service is unreachable and keeps every field; sending again reports once', async () => {
    const citizen = newCitizen();
    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'medewerker');
    await fillPhoneReport(page, citizen.name, app.t.clock.now());
    await page.route('**/api/incidents', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Melding versturen' }).click();

    await page.getByRole('alert').getByText('De service is niet bereikbaar. Controleer de verbinding en probeer het opnieuw; uw invoer is bewaard.').waitFor();
    expect(page.url()).toMatch(/\/melding$/);
    expect(await page.getByLabel('Telefonische agressie').isChecked()).toBe(true);
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe(citizen.name);
    expect(await page.getByLabel('Schelden en beledigen').isChecked()).toBe(true);
    expect(await page.getByLabel('I. (Non-)verbale agressie').isChecked()).toBe(true);
    expect(await page.getByLabel('Wanneer gebeurde het?').inputValue()).toBe(hourAgo(app.t.clock.now()));
    expect(await page.getByLabel('Waar gebeurde het?').inputValue()).toBe('Klantcontactcentrum, Markt 1');
    expect(await page.getByLabel('Wat gebeurde er?').inputValue()).toBe('De beller schold de medewerker uit.');
    expect(await page.getByRole('button', { name: 'Melding versturen' }).isEnabled()).toBe(true);
    await expectAccessible(page, 'melding-netwerkfout');

    await page.unroute('**/api/incidents');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    const id = await reportedId(page);
    const found = await app.t.http().get('/api/incidents').query({ q: citizen.name }).set(await app.api.as('afdelingshoofd')).expect(200);
    expect(found.headers['x-total-count']).toBe('1');
    expect(found.body.map((i: any) => i.id)).toEqual([id]);
    await context.close();
  });

  it('a phone report from the menu to the incident file with the keyboard alone', async () => {
    const citizen = newCitizen();
    const { context, page } = await openApp(chromium.browser, app.t);
    await signIn(page, 'medewerker');

    await moveTo(page, /^Melding maken/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Melding maken' }).waitFor();
    await moveTo(page, 'Telefonische agressie');
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: '2. Om welke burger gaat het?' }).waitFor();

    // The search first: Enter in its field searches.
    await moveTo(page, 'Naam (of een deel ervan)');
    await page.keyboard.type(citizen.name);
    await page.keyboard.press('Enter');
    await page.getByText('Geen burger gevonden.').waitFor();
    await moveTo(page, 'Nieuwe burger invullen');
    await page.keyboard.press('Enter');
    await page.getByLabel('Naam', { exact: true }).waitFor();
    // Back up to the name the search took over, and on to the street.
    await moveTo(page, 'Naam', 'Shift+Tab');
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe(citizen.name);
    await moveTo(page, 'Straat en huisnummer (niet verplicht)');
    await page.keyboard.type(citizen.streetAddress!);
    await page.keyboard.press('Tab');
    await page.keyboard.type(citizen.postalCode!);
    await page.keyboard.press('Tab');
    await page.keyboard.type(citizen.city!);

    // A radio group is one stop: the arrows choose within it.
    await moveTo(page, 'Schelden en beledigen');
    await moveTo(page, 'Bedreiging', 'ArrowDown', 5);
    await moveTo(page, 'I. (Non-)verbale agressie');
    await moveTo(page, 'II. Persoonsgerichte bedreiging', 'ArrowDown', 5);

    // The date and time field is typed segment by segment: day and month (the same number), year, hours, minutes.
    const when = sameDayAndMonth(app.t.clock.now());
    await moveTo(page, 'Wanneer gebeurde het?');
    await page.keyboard.type(`${when.slice(5, 7)}${when.slice(5, 7)}${when.slice(0, 4)}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(`${when.slice(11, 13)}${when.slice(14, 16)}`);
    expect(await page.getByLabel('Wanneer gebeurde het?').inputValue()).toBe(when);
    await moveTo(page, 'Waar gebeurde het?');
    await page.keyboard.type('Klantcontactcentrum, Markt 1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('De beller dreigde de medewerker op te wachten.');
    await expectAccessible(page, 'melding-toetsenbord');
    await moveTo(page, 'Melding versturen');
    await page.keyboard.press('Enter');

    const id = await reportedId(page);
    await page.getByRole('heading', { level: 1, name: /^Dossier AG-/ }).waitFor();
    await expectAccessible(page, 'melding-toetsenbord-dossier');
    const file = await app.api.file(id);
    expect(file).toMatchObject({ channel: 'phone', behaviour: 'threat', category: 'II', location: 'Klantcontactcentrum, Markt 1', description: 'De beller dreigde de medewerker op te wachten.' });
    expect(file.citizen).toMatchObject({ name: citizen.name, streetAddress: citizen.streetAddress, postalCode: citizen.postalCode, city: citizen.city });
    expect(file.problems).toEqual([]);
    // The moment typed, in Amsterdam time.
    expect(new Date(file.occurredAt).toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(0, 16).replace(' ', 'T')).toBe(when);
    await context.close();
  });
});
