import { useTestApp } from '../support/use-test-app';

/** The headers every response carries; the browser tests check that the web app works under the policy. */
describe('security headers', () => {
  const app = useTestApp();

  it('sets them on the API, with no-store on every answer that may hold personal data', async () => {
    for (const res of [await app.t.http().get('/api/health'), await app.t.http().get('/api/incidents').set(await app.api.as('afdelingshoofd')), await app.t.http().get('/api/incidents')]) {
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self';.*script-src 'self';.*object-src 'none';.*frame-ancestors 'none'/);
      expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'cache-control': 'no-store',
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});
