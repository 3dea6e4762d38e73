/// <reference lib="dom" />
// Browser tests evaluate code in the page, which needs the DOM's types.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { TestApp } from '../../support/test-app';

/** Screenshots of every page the browser tests visit, kept as test artefacts. */
export const SCREENSHOTS = join(__dirname, '../../../dist/test-artifacts/screenshots');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DESKTOP = { width: 1280, height: 900 };
export const TABLET = { width: 768, height: 1024 };
export const PHONE = { width: 390, height: 844 };

/** A real Chromium (Debian's package) for the tests of a describe block. */
export function useBrowser(): { readonly browser: Browser } {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useBrowser: the browser is not up yet; use it inside tests and hooks');
      return browser;
    },
  };
}

const pageErrors = new WeakMap<Page, string[]>();

/** A fresh browser profile on the app, as a Dutch user in the Netherlands sees it. */
export async function openApp(browser: Browser, t: TestApp, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: await t.app.getUrl(), viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // The service's Content-Security-Policy must not block anything the app does.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) errors.push(message.text());
  });
  pageErrors.set(page, errors);
  return { context, page };
}

/** Signs in on the sign-in page with the keyboard, as a user would. */
export async function signIn(page: Page, username: string): Promise<void> {
  if (!page.url().includes('/inloggen')) await page.goto('/inloggen');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill('demo');
  await page.getByLabel('Wachtwoord').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

/**
 * The page as it is now passes axe-core's WCAG 2.1 A and AA rules, and is kept as a screenshot.
 * Throws with every violation, its rule, its help text and the elements it concerns. `exempt` names
 * parts the accessibility statement exempts (the modeller's drawing canvas).
 */
export async function expectAccessible(page: Page, name: string, exempt: string[] = []): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const { violations } = await exempt.reduce((axe, selector) => axe.exclude(selector), new AxeBuilder({ page })).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`);
  expect({ page: name, violations: report, scriptErrors: pageErrors.get(page) ?? [] }).toEqual({ page: name, violations: [], scriptErrors: [] });
}

/** The main menu's entries as the user reads them, without the counts beside them ("Mijn taken 3 open taken"). */
export async function menuEntries(page: Page): Promise<string[]> {
  const texts = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
  return texts.map((text) => text.replace(/\d+.*$/, '').trim());
}
