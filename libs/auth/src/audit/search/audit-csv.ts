import { TIME_ZONE } from '@ap/common';
import { AuditLineView } from './audit-line.view';

const localTime = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' });

/** The export's columns, with the Dutch headers the auditor reads. */
const COLUMNS: [string, (line: AuditLineView) => string | null][] = [
  ['Tijdstip (Nederlandse tijd)', (l) => localTime.format(new Date(l.at))],
  ['Gebruiker', (l) => l.actor],
  ['Naam', (l) => l.actorName],
  ['Adres', (l) => l.address],
  ['Handeling', (l) => l.actionLabel],
  ['Soort', (l) => l.resourceLabel],
  ['Id', (l) => l.resourceId],
  ['Burger', (l) => l.citizenName],
  ['Burger-id', (l) => l.citizenId],
  ['Incident', (l) => l.incidentReference],
  ['Incident-id', (l) => l.incidentId],
  ['Reden', (l) => l.reason],
  ['Details', (l) => (Object.keys(l.details).length ? JSON.stringify(l.details) : null)],
];

/**
 * The lines as CSV for a spreadsheet: separated by semicolons (what Dutch Excel expects), every field
 * quoted, lines ending in CRLF (RFC 4180), with a byte-order mark so the accents read right.
 */
export function auditCsv(lines: AuditLineView[]): string {
  const rows = [COLUMNS.map(([header]) => header), ...lines.map((line) => COLUMNS.map(([, value]) => value(line) ?? ''))];
  return `\uFEFF${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}

/**
 * A field that starts like a formula (=, +, -, @, a tab or a carriage return) would be run by a spreadsheet:
 * what a citizen's name or a search term holds must not. Such a field starts with an apostrophe instead.
 */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
