import { Injectable } from '@nestjs/common';
import { Clock, DomainError, isRole, ROLES } from '@ap/common';
import { Database, UnitOfWork, UserEntity } from '@ap/persistence';
import { Actor, AuditTrail } from '../audit/audit-trail';
import { hashPassword } from '../passwords';
import { Sessions } from '../sessions/sessions';
import { UsersService } from '../users.service';
import { NewUserDto, UserChangeDto, UserView } from './user.views';

const CHANGEABLE = ['displayName', 'jobTitle', 'email', 'roles'] as const;

/**
 * The admin's work on accounts. Every change is written to the audit trail in the same transaction; taking
 * a role away or deactivating an account takes effect on the account's very next request (see Sessions).
 */
@Injectable()
export class UserAdmin {
  constructor(
    private readonly db: Database,
    private readonly users: UsersService,
    private readonly sessions: Sessions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  list(): Promise<UserView[]> {
    return this.db.read(async (uow) => (await uow.users.find({ order: { displayName: 'ASC' } })).map(toView));
  }

  get(id: string): Promise<UserView> {
    return this.db.read(async (uow) => toView(await this.existing(uow, id)));
  }

  async create(body: NewUserDto, by: Actor): Promise<UserView> {
    return this.db.transaction(async (uow) => {
      const user = await this.users.ensure(uow, { ...body, displayName: body.displayName.trim(), jobTitle: body.jobTitle.trim() });
      if (!user) throw new DomainError('conflict', `De gebruikersnaam ${body.username} is al in gebruik.`, { field: 'username' });
      await this.audit.record(uow, by, {
        action: 'user-created',
        resourceType: 'user',
        resourceId: user.id,
        details: { username: user.username, displayName: user.displayName, roles: user.roles, unitId: user.unitId },
      });
      return toView(user);
    });
  }

  async change(id: string, body: UserChangeDto, by: Actor): Promise<UserView> {
    return this.db.transaction(async (uow) => {
      const user = await this.existing(uow, id);
      const next = { ...user, ...definedOf(body) };
      if (next.displayName !== user.displayName) next.displayName = next.displayName.trim();
      if (next.jobTitle !== user.jobTitle) next.jobTitle = next.jobTitle.trim();
      const changed = Object.fromEntries(
        CHANGEABLE.filter((key) => JSON.stringify(next[key]) !== JSON.stringify(user[key])).map((key) => [key, { from: user[key], to: next[key] }]),
      );
      if (!Object.keys(changed).length) return toView(user);
      if (user.roles.includes('admin') && !next.roles.includes('admin')) await this.keepAnAdmin(uow, user, 'de rol beheerder afnemen');
      await uow.users.update(id, { displayName: next.displayName, jobTitle: next.jobTitle, email: next.email ?? null, roles: next.roles });
      await this.audit.record(uow, by, { action: 'user-changed', resourceType: 'user', resourceId: id, details: { username: user.username, changed } });
      return toView({ ...user, ...next });
    });
  }

  /** Ends the account's use at once: open sessions end, and no new sign-in is accepted. */
  async deactivate(id: string, reason: string | null, by: Actor): Promise<void> {
    await this.db.transaction(async (uow) => {
      const user = await this.existing(uow, id);
      if (!user.active) return;
      if (user.id === by.id) throw new DomainError('conflict', 'U kunt uw eigen account niet deactiveren; vraag een andere beheerder.');
      if (user.roles.includes('admin')) await this.keepAnAdmin(uow, user, 'deactiveren');
      await uow.users.update(id, { active: false });
      const ended = await this.sessions.endAll(uow, id, this.clock.now(), 'deactivated');
      await this.audit.record(uow, by, { action: 'user-deactivated', resourceType: 'user', resourceId: id, reason, details: { username: user.username, sessionsEnded: ended } });
    });
  }

  async activate(id: string, by: Actor): Promise<void> {
    await this.db.transaction(async (uow) => {
      const user = await this.existing(uow, id);
      if (user.active) return;
      await uow.users.update(id, { active: true });
      await this.audit.record(uow, by, { action: 'user-activated', resourceType: 'user', resourceId: id, details: { username: user.username } });
    });
  }

  /** A new password; every session signed in with the old one ends. */
  async setPassword(id: string, password: string, by: Actor): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (uow) => {
      const user = await this.existing(uow, id);
      await uow.users.update(id, { passwordHash });
      const ended = await this.sessions.endAll(uow, id, this.clock.now(), 'password-set');
      await this.audit.record(uow, by, { action: 'password-set', resourceType: 'user', resourceId: id, details: { username: user.username, sessionsEnded: ended } });
    });
  }

  async place(id: string, unitId: string | null, by: Actor): Promise<void> {
    await this.db.transaction(async (uow) => {
      const user = await this.existing(uow, id);
      const unit = unitId ? await uow.units.findOneBy({ id: unitId }) : null;
      if (unitId && !unit) throw invalid('unitId', 'Dit team bestaat niet (meer).');
      if (user.unitId === unitId) return;
      await uow.users.update(id, { unitId });
      await this.audit.record(uow, by, {
        action: 'user-placed',
        resourceType: 'user',
        resourceId: id,
        details: { username: user.username, unit: { from: user.unitId, to: unitId }, unitName: unit?.name ?? null },
      });
    });
  }

  private async existing(uow: UnitOfWork, id: string): Promise<UserEntity> {
    const user = await uow.users.findOneBy({ id });
    if (!user) throw new DomainError('not-found', `Medewerker ${id} bestaat niet`);
    return user;
  }

  /** The organisation is never left without an active admin: nobody could manage accounts any more. */
  private async keepAnAdmin(uow: UnitOfWork, user: UserEntity, what: string): Promise<void> {
    // Locked, so that two admins taking each other's role at once cannot both succeed.
    const others = await uow.query(`SELECT id FROM users WHERE active AND 'admin' = ANY(roles) AND id <> $1 FOR UPDATE`, [user.id]);
    if (others.length === 0) throw new DomainError('conflict', `${user.displayName} is de enige actieve ${ROLES.admin}; ${what} kan pas als er een andere ${ROLES.admin} is.`);
  }
}

function toView(user: UserEntity): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    jobTitle: user.jobTitle,
    email: user.email,
    roles: user.roles.filter(isRole),
    active: user.active,
    unitId: user.unitId,
  };
}

function definedOf<T extends object>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function invalid(field: string, problem: string): DomainError {
  return new DomainError('invalid', 'Ongeldige invoer', [{ field, problems: [problem] }]);
}
