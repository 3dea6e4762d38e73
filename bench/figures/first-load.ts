import { gzipSync } from 'node:zlib';
import { chromium, Response } from 'playwright-core';
import { Report } from '../support/report';
import { ServiceProcess } from '../support/service-process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The pages measured: the one a case worker starts on, and the one the reception desk starts on. */
const PAGES = [
  { path: '/taken', username: 'medewerker', who: 'case worker' },
  { path: '/receptie', username: 'receptie', who: 'receptionist' },
];

/**
 * Figure 10: the web app's first load in a real Chromium: a signed-in user opens the page with an empty
 * browser cache, and the figure adds up the JavaScript and the CSS it loads until the network is quiet
 * (lazily loaded parts the page needs included): bytes as the service sends them (compressed, the
 * browser accepting gzip), and zlib's size of the bodies at its default level, to compare with.
 */
export async function measureFirstLoad(report: Report, service: ServiceProcess): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    for (const { path, username, who } of PAGES) {
      // Signed in first, in a profile of its own; the page is then opened in a fresh one that has only the sign-in.
      const signIn = await browser.newContext({ baseURL: service.url });
      const page = await signIn.newPage();
      await page.goto('/inloggen');
      await page.getByLabel('Gebruikersnaam').fill(username);
      await page.getByLabel('Wachtwoord').fill('demo');
      await page.getByLabel('Wachtwoord').press('Enter');
      await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
      const storageState = await signIn.storageState();
      await signIn.close();

      const context = await browser.newContext({ baseURL: service.url, storageState });
      const fresh = await context.newPage();
      const loads: Promise<{ type: string; sent: number; gzipped: number }>[] = [];
      const collect = (response: Response) => {
        const type = response.request().resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        loads.push(
          (async () => {
            const body = await response.body();
            const { responseBodySize } = await response.request().sizes();
            return { type, sent: responseBodySize, gzipped: gzipSync(body).length };
          })(),
        );
      };
      fresh.on('response', collect);
      await fresh.goto(path, { waitUntil: 'networkidle' });
      // A response after the network went quiet would be read from a closed page: count what came before.
      fresh.off('response', collect);
      if (new URL(fresh.url()).pathname !== path) throw new Error(`${who} opening ${path} ended on ${fresh.url()}`);
      const loaded = await Promise.all(loads);
      await context.close();
      const sum = (type: string, key: 'sent' | 'gzipped') => loaded.filter((l) => l.type === type).reduce((total, l) => total + l[key], 0) / 1024;
      const name = `10 first load of ${path} (${who})`;
      report.add(`${name}: JavaScript, gzipped`, sum('script', 'gzipped'), 'KiB');
      report.add(`${name}: CSS, gzipped`, sum('stylesheet', 'gzipped'), 'KiB');
      report.add(`${name}: JavaScript, as sent`, sum('script', 'sent'), 'KiB');
      report.add(`${name}: CSS, as sent`, sum('stylesheet', 'sent'), 'KiB');
    }
  } finally {
    await browser.close();
  }
}
