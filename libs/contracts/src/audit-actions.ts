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
  'citizen-exported': 'gegevens van een burger uitgevoerd (inzageverzoek)',
  'citizen-erased': 'gegevens van een burger gewist',
  'retention-removed': 'verwijderd na de bewaartermijn',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
