import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { Clock, PollingLoop } from '@ap/common';
import { Database, MailOutboxEntity, UnitOfWork } from '@ap/persistence';
import { MAIL_OPTIONS, MailOptions } from './mail-options';

const DEFAULT_CLAIM_MS = 5 * 60_000;
const BATCH = 20;

/** Waits 1, 2, 4 … minutes between attempts, at most an hour. */
export const retryDelayMs = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

/**
 * The e-mail side of notifications. `enqueue` writes mails in the caller's transaction; the sender
 * claims due mails in a short transaction (SKIP LOCKED, with a lease), sends them without holding a
 * connection, and records the outcome, so several service processes never send one mail twice.
 */
@Injectable()
export class MailOutbox implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailOutbox.name);
  private readonly transport: Transporter | null;
  private readonly loop: PollingLoop;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    @Optional() @Inject(MAIL_OPTIONS) private readonly options: MailOptions | null,
  ) {
    this.transport = options ? createTransport(options.smtpUrl) : null;
    this.loop = new PollingLoop(options?.pollMs ?? 0, () => this.sendDue(), (err) =>
      this.logger.error(`Sending e-mail failed: ${err instanceof Error ? err.message : err}`),
    );
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async enqueue(uow: UnitOfWork, mails: { recipient: string; subject: string; body: string; incidentId: string | null }[], now: Date): Promise<void> {
    if (!this.enabled || !mails.length) return;
    await uow.mailOutbox.insert(mails.map((mail) => ({ ...mail, createdAt: now, nextAttemptAt: now })));
  }

  /** Sends every mail that is due; returns how many went out. */
  async sendDue(): Promise<number> {
    if (!this.transport) return 0;
    let sent = 0;
    for (;;) {
      const batch = await this.claim();
      if (!batch.length) return sent;
      for (const mail of batch) sent += (await this.deliver(mail)) ? 1 : 0;
    }
  }

  private claim(): Promise<MailOutboxEntity[]> {
    const now = this.clock.now();
    return this.db.transaction(async (uow) => {
      const rows = await uow.query<{ id: string }>(
        // As a SELECT, so the driver returns the rows (an UPDATE returns them paired with a count).
        `WITH claimed AS (
           UPDATE mail_outbox SET claimed_until = $2, attempts = attempts + 1
            WHERE id IN (SELECT id FROM mail_outbox
                          WHERE sent_at IS NULL AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1)
                          ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
            RETURNING id)
         SELECT id FROM claimed`,
        [now, new Date(now.getTime() + (this.options?.claimMs ?? DEFAULT_CLAIM_MS))],
      );
      return rows.length ? uow.mailOutbox.findBy(rows.map((r) => ({ id: r.id }))) : [];
    });
  }

  private async deliver(mail: MailOutboxEntity): Promise<boolean> {
    try {
      // One Message-ID per outbox row: a mail sent again because its process died before it could record
      // the delivery is the same message to the receiving side, which shows it once.
      await this.transport!.sendMail({ from: this.options!.from, to: mail.recipient, subject: mail.subject, text: mail.body, messageId: `<${mail.id}@${senderDomain(this.options!.from)}>` });
      await this.db.transaction((uow) => uow.mailOutbox.update(mail.id, { sentAt: this.clock.now(), claimedUntil: null, lastError: null }));
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.logger.warn(`E-mail to ${mail.recipient} not sent (attempt ${mail.attempts}): ${message}`);
      const retryAt = new Date(this.clock.now().getTime() + retryDelayMs(mail.attempts));
      await this.db.transaction((uow) => uow.mailOutbox.update(mail.id, { lastError: message, claimedUntil: null, nextAttemptAt: retryAt }));
      return false;
    }
  }

  onApplicationBootstrap(): void {
    if (this.transport) this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    this.transport?.close();
  }
}

/** The domain of the sender's address ("Agressieprotocol <noreply@voorbeeldstad.nl>": voorbeeldstad.nl). */
function senderDomain(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'localhost';
}
