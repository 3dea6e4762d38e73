/** The protocol's state in words, as an incident file and the list of incidents say it. */
export const PROCESS_STATUS: Record<string, string> = {
  waiting: 'loopt',
  completed: 'afgerond',
  failed: 'vastgelopen',
  cancelled: 'afgebroken',
};

export function processStatusText(status: string | null | undefined): string {
  return status ? (PROCESS_STATUS[status] ?? status) : 'niet gestart';
}
