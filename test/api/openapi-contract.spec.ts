import { execFile } from 'node:child_process';
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

  it('describes the responses of the endpoints the web app uses', async () => {
    const { paths } = (await app.t.http().get('/api/openapi.json').expect(200)).body;
    for (const [path, method] of [
      ['/api/auth/login', 'post'],
      ['/api/auth/me', 'get'],
      ['/api/settings', 'get'],
      ['/api/tasks', 'get'],
      ['/api/tasks/facets', 'get'],
      ['/api/tasks/{id}', 'get'],
      ['/api/tasks/{id}/claim', 'post'],
      ['/api/tasks/{id}/release', 'post'],
      ['/api/tasks/{id}/complete', 'post'],
      ['/api/bans/lookup', 'get'],
    ]) {
      const ok = paths[path][method].responses['200'];
      expect({ path, method, schema: !!ok?.content?.['application/json']?.schema }).toEqual({ path, method, schema: true });
    }
  });
});
