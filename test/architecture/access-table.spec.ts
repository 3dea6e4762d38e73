import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessTable, withAccessTable } from '@ap/auth';
import { routeTable } from '../support/route-table';
import { useTestApp } from '../support/use-test-app';

const README = join(__dirname, '../../README.md');

/**
 * The README's table of who may read and change what is the routes' policy written down: it fails when a
 * route's roles, or what it records in the audit trail, changed without `npm run access-table`.
 */
describe('the access table in the README', () => {
  const app = useTestApp();

  it('is what the routes’ policies say now', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(withAccessTable(readme, accessTable(routeTable(app.t))));
  });

  it('records every read and change of a citizen’s or a case’s data in the audit trail', () => {
    // The routes that name a case or a citizen in their address: each declares what the audit trail records.
    const personal = /^\/(incidents|letters|citizens|bans|tasks|process-instances|home-visits)\/(:id|lookup|active)/;
    const unrecorded = routeTable(app.t).filter((r) => personal.test(r.path) && !r.audited).map((r) => r.route);
    expect(unrecorded).toEqual([]);
  });
});
