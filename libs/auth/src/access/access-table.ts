import { ACCESS, AUDIT_ACTIONS, ROLE_KEYS } from '@ap/common';
import { CONFIGURABLE_CAPABILITIES, ConfigurableCapability } from './access-policy';
import { RoutePolicy } from './route-policies';

const START = '<!-- access-table:start (npm run access-table) -->';
const END = '<!-- access-table:end -->';

const READS = new Set(['GET', 'HEAD']);

/**
 * Who may read and change what, per address, as the routes' decorators say: R where a role may read
 * (GET), W where it may change (POST, PUT, PATCH, DELETE), and what the audit trail records there.
 * A configurable capability shows its default roles and names its setting.
 */
export function accessTable(routes: RoutePolicy[]): string {
  const paths = [...new Set(routes.filter((r) => r.policy !== 'public').map((r) => r.path))].sort();
  const rolesOf = (route: RoutePolicy): readonly string[] =>
    route.capability ? ACCESS[route.capability] : route.policy === 'any' ? ROLE_KEYS : Array.isArray(route.policy) ? route.policy : [];
  const rows = paths.map((path) => {
    const here = routes.filter((r) => r.path === path);
    const cells = ROLE_KEYS.map((role) => {
      const letters = [here.some((r) => READS.has(r.method) && rolesOf(r).includes(role)) && 'R', here.some((r) => !READS.has(r.method) && rolesOf(r).includes(role)) && 'W'];
      return letters.filter(Boolean).join(' ') || '–';
    });
    const settings = [...new Set(here.map((r) => r.capability).filter((c) => c && c in CONFIGURABLE_CAPABILITIES))] as ConfigurableCapability[];
    const audited = [...new Set(here.flatMap((r) => (r.audited ? [AUDIT_ACTIONS[r.audited.action]] : [])))];
    const name = `\`${path}\`${settings.map((c) => ` (\`${CONFIGURABLE_CAPABILITIES[c]}\`)`).join('')}`;
    return `| ${name} | ${cells.join(' | ')} | ${audited.join(', ') || '–'} |`;
  });
  const open = routes
    .filter((r) => r.policy === 'public')
    .map((r) => `\`${r.route}\`${r.audited ? ` (${AUDIT_ACTIONS[r.audited.action]})` : ''}`)
    .sort();
  return [
    `| address | ${ROLE_KEYS.map((role) => `\`${role}\``).join(' | ')} | audit trail |`,
    `| --- | ${ROLE_KEYS.map(() => '---').join(' | ')} | --- |`,
    ...rows,
    '',
    `Without signing in: ${open.join(', ')}.`,
  ].join('\n');
}

/** `readme` with its access table section replaced by `table`. */
export function withAccessTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the README has no section between "${START}" and "${END}"`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}
