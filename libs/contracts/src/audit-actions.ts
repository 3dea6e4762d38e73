/** What the audit trail records, with the Dutch words the audit pages show. */
export const AUDIT_ACTIONS = {
  'sign-in': 'ingelogd',
  'sign-out': 'uitgelogd',
  'user-created': 'account aangemaakt',
  'user-changed': 'account gewijzigd',
  'user-deactivated': 'account gedeactiveerd',
  'user-activated': 'account weer geactiveerd',
  'password-set': 'wachtwoord opnieuw ingesteld',
  'user-placed': 'in een team geplaatst',
  read: 'ingezien',
  search: 'gezocht',
  download: 'gedownload',
  export: 'geëxporteerd',
  'incident-reported': 'incident gemeld',
  'citizen-changed': 'burger gewijzigd',
  'photo-attached': 'foto toegevoegd',
  'task-claimed': 'taak opgepakt',
  'task-released': 'taak teruggegeven',
  'task-completed': 'taak afgerond',
  'step-retried': 'processtap opnieuw uitgevoerd',
  'home-visit-planned': 'huisbezoek gepland',
  'citizen-exported': 'gegevens van een burger uitgevoerd (inzageverzoek)',
  'citizen-erased': 'gegevens van een burger gewist',
  'retention-removed': 'verwijderd na de bewaartermijn',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The kinds of thing an audit line is about, with their Dutch names. */
export const AUDIT_RESOURCES = {
  session: 'sessie',
  user: 'account',
  incident: 'incidentdossier',
  'incident-list': 'lijst van incidenten',
  letter: 'brief',
  citizen: 'burger',
  photo: 'foto van een burger',
  ban: 'toegangsverbod',
  'ban-register': 'verbodsregister',
  task: 'taak',
  'process-instance': 'procesinstantie',
  'home-visit': 'huisbezoek',
  'audit-trail': 'audittrail',
} as const;

export type AuditResource = keyof typeof AUDIT_RESOURCES;

/** The Dutch names of what an audit line's details hold (search terms, the part read, counts), for the audit page. */
export const AUDIT_DETAILS: Record<string, string> = {
  name: 'naam',
  dateOfBirth: 'geboortedatum',
  date: 'datum',
  q: 'zoekterm',
  channel: 'kanaal',
  offset: 'vanaf regel',
  citizen: 'burger',
  incident: 'incident',
  incidentId: 'incident',
  user: 'gebruiker',
  from: 'vanaf',
  to: 'tot en met',
  format: 'formaat',
  verification: 'handtekening gecontroleerd',
  part: 'onderdeel',
  code: 'brief',
  fields: 'gewijzigde velden',
  form: 'formulier',
  decision: 'besluit',
  incidents: 'incidenten',
  letters: 'brieven',
  bytes: 'bytes',
  kind: 'soort',
  retention: 'bewaartermijn',
  lines: 'regels',
  before: 'vóór',
};

/** An audit line's details as one line of Dutch: "naam: J. de Vries, formaat: docx". */
export function describeAuditDetails(details: Record<string, unknown>): string {
  const value = (v: unknown): string => (v === true ? 'ja' : v === false ? 'nee' : Array.isArray(v) ? v.map(value).join(', ') : typeof v === 'string' ? v : JSON.stringify(v));
  return Object.entries(details)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([key, v]) => `${AUDIT_DETAILS[key] ?? key}: ${value(v)}`)
    .join('; ');
}
