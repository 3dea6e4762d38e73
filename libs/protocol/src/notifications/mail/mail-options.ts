/** E-mail for notifications; absent when no SMTP server is configured (in-app only). */
export interface MailOptions {
  /** e.g. smtp://user:password@mail.gemeente.nl:587 */
  smtpUrl: string;
  from: string;
  /** How often each service process sends what is waiting (0: only when asked). */
  pollMs: number;
  /**
   * How long a mail a process has claimed is left to it (default five minutes): a process that dies while
   * sending leaves its mails to the others after this. Well above the time one SMTP delivery takes.
   */
  claimMs?: number;
}

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');
