import { Injectable } from '@nestjs/common';
import { DateTime, Duration } from 'luxon';
import { DomainError, localDay, TIME_ZONE } from '@ap/common';
import { BanEntity, Database, UnitOfWork } from '@ap/persistence';
import { BanInForce } from './ban-lookup.view';

/** Adds a duration to a calendar day: 2026-01-31 + P1M = 2026-02-28. */
export function addToDay(day: string, iso: string): string {
  return DateTime.fromISO(day, { zone: 'utc' }).plus(Duration.fromISO(iso)).toISODate()!;
}

/** The moment a ban that applies up to and including `endsOn` stops: the next day's midnight, local time. */
export function banExpiresAt(endsOn: string): Date {
  return DateTime.fromISO(endsOn, { zone: TIME_ZONE }).plus({ days: 1 }).toJSDate();
}

/** What the model sets of a ban: how long, where, and what receptions do when the visitor comes anyway. */
export interface BanTerms {
  duration: string;
  scope: string;
  instruction: string;
}

export interface BanLookup {
  name: string;
  dateOfBirth?: string;
  /** The day to check (YYYY-MM-DD); today when absent. */
  on: string;
}

/** The ban register (toegangsverboden): proposed with the letter, active once the college has signed. */
@Injectable()
export class BansService {
  constructor(private readonly db: Database) {}

  propose(uow: UnitOfWork, incidentId: string, citizenId: string, terms: BanTerms, now: Date): Promise<BanEntity> {
    const { duration, scope, instruction } = terms;
    return uow.bans.save(
      uow.bans.create({ incidentId, citizenId, duration, scope, receptionInstruction: instruction, status: 'proposed', startsOn: null, endsOn: null, letterId: null, createdAt: now, imposedBy: null }),
    );
  }

  /** The ban takes effect on the day it was signed and ends its duration later. */
  async impose(uow: UnitOfWork, banId: string, letterId: string, signedAt: Date, signedBy: string): Promise<BanEntity> {
    const ban = await uow.bans.findOne({ where: { id: banId }, lock: { mode: 'pessimistic_write' } });
    if (!ban) throw new DomainError('not-found', `Toegangsverbod ${banId} bestaat niet`);
    if (ban.status !== 'proposed') throw new DomainError('conflict', `Toegangsverbod ${banId} is al ${ban.status}`);
    ban.startsOn = localDay(signedAt);
    ban.endsOn = addToDay(ban.startsOn, ban.duration);
    ban.status = 'active';
    ban.letterId = letterId;
    ban.imposedBy = signedBy;
    return uow.bans.save(ban);
  }

  /** After its last day a ban ends by itself (the access-ban model's timer); the register keeps it. */
  async end(uow: UnitOfWork, banId: string, now: Date): Promise<BanEntity> {
    const ban = await uow.bans.findOne({ where: { id: banId }, lock: { mode: 'pessimistic_write' } });
    if (!ban) throw new DomainError('not-found', `Toegangsverbod ${banId} bestaat niet`);
    if (ban.status !== 'active') throw new DomainError('conflict', `Toegangsverbod ${banId} is ${ban.status}, niet van kracht`);
    if (localDay(now) <= ban.endsOn!) throw new DomainError('conflict', `Toegangsverbod ${banId} loopt nog tot en met ${ban.endsOn}`);
    ban.status = 'ended';
    ban.endedAt = now;
    return uow.bans.save(ban);
  }

  /** For receptions: active bans of a visitor on a day, by name and (if given) date of birth. */
  lookup({ name, dateOfBirth, on }: BanLookup): Promise<BanInForce[]> {
    return this.db.read((uow) =>
      uow.query<BanInForce>(
        `SELECT b.id, b.scope, b.duration, b.reception_instruction AS instruction, b.starts_on AS "startsOn", b.ends_on AS "endsOn", b.letter_id AS "letterId",
                c.id AS "citizenId", c.name, to_char(c.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", c.photo_type IS NOT NULL AS "hasPhoto", i.reference AS "incidentReference"
           FROM bans b JOIN citizens c ON c.id = b.citizen_id JOIN incidents i ON i.id = b.incident_id
          WHERE b.status = 'active' AND b.starts_on <= $1 AND b.ends_on >= $1
            AND lower(c.name) = lower($2) AND ($3::date IS NULL OR c.date_of_birth = $3::date)
          ORDER BY b.ends_on DESC`,
        [on, name.trim(), dateOfBirth ?? null],
      ),
    );
  }

  /** Every ban in force on a day. */
  activeOn(on: string) {
    return this.db.read((uow) =>
      uow.query(
        `SELECT b.id, b.scope, b.starts_on AS "startsOn", b.ends_on AS "endsOn", c.id AS "citizenId", c.name, c.photo_type IS NOT NULL AS "hasPhoto", c.date_of_birth AS "dateOfBirth", i.reference AS "incidentReference"
           FROM bans b JOIN citizens c ON c.id = b.citizen_id JOIN incidents i ON i.id = b.incident_id
          WHERE b.status = 'active' AND b.starts_on <= $1 AND b.ends_on >= $1
          ORDER BY c.name`,
        [on],
      ),
    );
  }
}
