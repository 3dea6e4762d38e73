import { useTestApp } from '../support/use-test-app';
import { openApp, signIn, useBrowser } from './support/browser';

/** Code of the process modeller and viewer (bpmn-js on diagram-js), as the build's source maps name it. */
const MODELLER_CODE = /node_modules\/(bpmn-js|diagram-js)\//;
/** Their style sheets' class names. */
const MODELLER_CSS = /\.(djs|bjs)-/;

/** The service serves the web app at / and the API at /api, each answering as itself. */
describe('the web app at / beside the API', () => {
  const app = useTestApp();

  it('serves the app for every page address, so a reload of any page works', async () => {
    for (const path of ['/', '/taken', '/taken/5b8e5c1e-0000-4000-8000-000000000000', '/inloggen?reden=x']) {
      const res = await app.t.http().get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain('<div id="root">');
    }
  });

  it('caches the built assets for good, and answers a missing asset or API path with a 404', async () => {
    const html = (await app.t.http().get('/').expect(200)).text;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await app.t.http().get(script).expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await app.t.http().get('/assets/missing-0000.js').expect(404);
    const api = await app.t.http().get('/api/nothing').expect(404);
    expect(api.body).toMatchObject({ statusCode: 404 });
  });

  it('sends the app and the API compressed to a browser that accepts it', async () => {
    const html = (await app.t.http().get('/').expect(200)).text;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await app.t.http().get(script).set('Accept-Encoding', 'gzip').expect(200);
    expect(asset.headers['content-encoding']).toBe('gzip');
    const plain = await app.t.http().get(script).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const document = await app.t.http().get('/api/openapi.json').set('Accept-Encoding', 'gzip').expect(200);
    expect(document.headers['content-encoding']).toBe('gzip');
  });

  it('tells the web app whose it is: the municipality of the letterhead', async () => {
    const res = await app.t.http().get('/api/settings').expect(200);
    expect(res.body).toEqual({ municipalityName: 'Gemeente Voorbeeldstad' });
  });

  describe('what the pages of daily work load', () => {
    const chromium = useBrowser();

    // The modeller is large and only policy owners use it; the incident file may load the viewer lazily.
    it.each([
      { who: 'a case worker', username: 'medewerker', path: '/taken' },
      { who: 'a receptionist', username: 'receptie', path: '/receptie' },
    ])('$who signing in and opening $path loads no bpmn-js code', async ({ username, path }) => {
      const { context, page } = await openApp(chromium.browser, app.t);
      const loaded: { type: string; path: string }[] = [];
      page.on('response', (res) => {
        const type = res.request().resourceType();
        if (type === 'script' || type === 'stylesheet') loaded.push({ type, path: new URL(res.url()).pathname });
      });
      await signIn(page, username);
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(new URL(page.url()).pathname).toBe(path);
      await context.close();

      const sources: string[] = [];
      for (const script of loaded.filter((l) => l.type === 'script')) {
        const map = await app.t.http().get(`${script.path}.map`).expect(200);
        sources.push(...(JSON.parse(map.text) as { sources: string[] }).sources);
      }
      // The source maps name what each script is made of (and do: React is there).
      expect(sources.some((source) => source.includes('node_modules/react-dom/'))).toBe(true);
      expect(sources.filter((source) => MODELLER_CODE.test(source))).toEqual([]);
      for (const sheet of loaded.filter((l) => l.type === 'stylesheet')) {
        expect((await app.t.http().get(sheet.path).expect(200)).text).not.toMatch(MODELLER_CSS);
      }
    });
  });
});
