import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { DomainError } from '@ap/common';

export const SIGN_IN_LIMITS = Symbol('SIGN_IN_LIMITS');

export interface SignInLimitOptions {
  /** Wrong passwords for one account within `windowMs` before it is blocked for `blockMs`. */
  failuresPerAccount: number;
  /** Sign-in attempts from one address within `windowMs` before it is blocked for `blockMs` (a municipality's offices may share one). */
  attemptsPerAddress: number;
  windowMs: number;
  blockMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimitOptions = { failuresPerAccount: 5, attemptsPerAddress: 60, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };

function tooMany(blockedMs: number, what: string): DomainError {
  const seconds = Math.max(1, Math.ceil(blockedMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new DomainError('too-many-requests', `Te veel inlogpogingen ${what}. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`, { retryAfterSeconds: seconds });
}

/**
 * Limits guessing passwords (@nestjs/throttler's storage): wrong passwords per account, and attempts per
 * address. Counted in each service process; with several processes the limits hold per process.
 */
@Injectable()
export class SignInLimits implements OnApplicationShutdown {
  private readonly storage = new ThrottlerStorageService();

  constructor(@Inject(SIGN_IN_LIMITS) private readonly limits: SignInLimitOptions) {}

  /** Before the password is checked: refuses a blocked account or address, and counts the address's attempt. */
  async admit(username: string, address: string): Promise<void> {
    const account = this.storage.storage.get(this.accountKey(username));
    if (account?.isBlocked && account.blockExpiresAt > Date.now()) throw tooMany(account.blockExpiresAt - Date.now(), 'voor deze gebruikersnaam');
    const { windowMs, blockMs, attemptsPerAddress } = this.limits;
    const byAddress = await this.storage.increment(`address:${address}`, windowMs, attemptsPerAddress, blockMs, 'address');
    if (byAddress.isBlocked) throw tooMany(byAddress.timeToBlockExpire * 1000, 'vanaf dit adres');
  }

  /** A wrong password: counted against the account, which is blocked once it has too many. */
  async failed(username: string): Promise<void> {
    const { windowMs, blockMs, failuresPerAccount } = this.limits;
    const record = await this.storage.increment(this.accountKey(username), windowMs, failuresPerAccount, blockMs, 'account');
    if (record.isBlocked) throw tooMany(record.timeToBlockExpire * 1000, 'voor deze gebruikersnaam');
  }

  onApplicationShutdown(): void {
    this.storage.onApplicationShutdown();
  }

  private accountKey(username: string): string {
    return `account:${username.trim().toLowerCase()}`;
  }
}
