import { useTestApp } from '../support/use-test-app';

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

  it('tells the web app whose it is: the municipality of the letterhead', async () => {
    const res = await app.t.http().get('/api/settings').expect(200);
    expect(res.body).toEqual({ municipalityName: 'Gemeente Voorbeeldstad' });
  });
});
