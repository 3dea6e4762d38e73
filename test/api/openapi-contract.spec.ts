import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { useTestApp } from '../support/use-test-app';

const ROOT = join(__dirname, '../..');

/** The web app's client is typed from the API's document; the checked-in types must be those of the running API. */
describe('the web client types and the OpenAPI document', () => {
  const app = useTestApp();

  it('are generated from the document the service serves (run `npm run api-types` after changing the API)', async () => {
    const url = `${await app.t.app.getUrl()}/api/openapi.json`;
    // In a process of its own: the generator is an ES module, which Jest cannot load.
    const check = promisify(execFile)(process.execPath, ['-r', join(ROOT, 'scripts/register-ts.cjs'), join(ROOT, 'apps/api/src/openapi/write-client-types.ts'), '--from', url, '--check'], { cwd: ROOT });
    await expect(check).resolves.toBeDefined();
  });

  it('describes the responses of every endpoint the web app calls', async () => {
    const { paths } = (await app.t.http().get('/api/openapi.json').expect(200)).body;
    const used = webAppCalls();
    expect(used.length).toBeGreaterThan(10);
    for (const { method, path } of used) {
      const responses = paths[path]?.[method]?.responses ?? {};
      const described = Object.entries(responses).some(
        ([status, response]: [string, any]) => status === '204' || (/^2\d\d$/.test(status) && Object.values(response.content ?? {}).some((media: any) => media.schema)),
      );
      expect({ method, path, described }).toEqual({ method, path, described: true });
    }
  });

  it('lists the error responses of every operation, with the error shape', async () => {
    const { paths } = (await app.t.http().get('/api/openapi.json').expect(200)).body;
    let operations = 0;
    for (const [path, item] of Object.entries<any>(paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        operations++;
        const statuses = Object.keys(operation.responses);
        const expected = [
          ...(operation.security?.length ? ['401', '403'] : []),
          ...(['/api/health', '/api/settings'].includes(path) ? [] : ['503']),
          ...(operation.requestBody ? ['400', '413'] : []),
          ...(path.includes('{') ? ['404'] : []),
          ...(method === 'post' ? ['409', '422'] : []),
        ];
        expect({ route: `${method} ${path}`, missing: expected.filter((s) => !statuses.includes(s)) }).toEqual({ route: `${method} ${path}`, missing: [] });
        for (const status of statuses.filter((s) => /^[45]/.test(s) && !(path === '/api/health/ready' && s === '503'))) {
          expect(operation.responses[status].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorView' });
        }
      }
    }
    expect(operations).toBeGreaterThan(50);
    expect(paths['/api/auth/login'].post.responses['429'].headers['Retry-After']).toBeDefined();
  });
});

/** Every call the web app's typed client makes, read from its sources: `api.GET('/api/…')`. */
function webAppCalls(): { method: string; path: string }[] {
  const sources = readdirSync(join(ROOT, 'apps/web/src'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
  const calls = new Map<string, { method: string; path: string }>();
  for (const file of sources) {
    for (const [, method, path] of readFileSync(join(ROOT, 'apps/web/src', file), 'utf8').matchAll(/\bapi\.(GET|POST|PUT|PATCH|DELETE)\('([^']+)'/g)) {
      calls.set(`${method} ${path}`, { method: method.toLowerCase(), path });
    }
  }
  return [...calls.values()];
}
