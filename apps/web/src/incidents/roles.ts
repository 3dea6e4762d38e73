import { isRole, ROLES } from '@ap/contracts';

/** The roles a task waits on, as users name them: "afdelingshoofd of medewerker". */
export function roleNames(groups: string[]): string {
  return groups.map((g) => (isRole(g) ? ROLES[g] : g)).join(' of ');
}
