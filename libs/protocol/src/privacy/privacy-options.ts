export const PRIVACY_OPTIONS = Symbol('PRIVACY_OPTIONS');

/** How long each kind of personal data is kept (ISO 8601 durations) and how often the retention job looks. */
export interface RetentionPeriods {
  /** An incident file, counted from when it closed (its protocol ended, a ban with it). */
  incidentFiles: string;
  /** A citizen's letters, counted from when their incident closed. */
  letters: string;
  /** A citizen with no open incident or ban, counted from when the last of their incidents closed. */
  citizens: string;
  /** A citizen's photo, counted from when the last ban that needed it ended. */
  photos: string;
  /** A line of the audit trail, counted from when it was written. */
  auditTrail: string;
}

export interface PrivacyOptions {
  retention: RetentionPeriods;
  /** How often each service process runs the retention job (ms); 0: never (tests run it themselves). */
  retentionPollMs: number;
  /** How long after a decision is signed the citizen may object (Awb 6:7: six weeks); an erasure waits for it. */
  objectionPeriod: string;
}
