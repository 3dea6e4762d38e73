import { Injectable } from '@nestjs/common';
import { isRole, Role } from '@ap/common';
import { Database, UnitOfWork, UserEntity } from '@ap/persistence';
import { AuthUser } from './auth-user';
import { hashPassword, passwordMatches } from './passwords';

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  email?: string | null;
  unitId?: string | null;
}

@Injectable()
export class UsersService {
  constructor(private readonly db: Database) {}

  /** The user when the password matches, else null (the caller says only "unknown user or password"). */
  async verify(username: string, password: string): Promise<AuthUser | null> {
    const user = await this.db.read((uow) => uow.users.findOneBy({ username, active: true }));
    const matches = await passwordMatches(password, user?.passwordHash);
    return user && matches ? toAuthUser(user) : null;
  }

  /** Creates the user unless the username exists (in any case); returns the new account, or null. */
  async ensure(uow: UnitOfWork, user: NewUser): Promise<UserEntity | null> {
    const [taken] = await uow.query('SELECT 1 FROM users WHERE lower(username) = lower($1)', [user.username]);
    if (taken) return null;
    return uow.users.save(
      uow.users.create({
        username: user.username,
        passwordHash: await hashPassword(user.password),
        displayName: user.displayName,
        jobTitle: user.jobTitle,
        roles: user.roles,
        email: user.email ?? null,
        unitId: user.unitId ?? null,
        active: true,
      }),
    );
  }
}

export function toAuthUser(user: UserEntity): AuthUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    jobTitle: user.jobTitle,
    roles: user.roles.filter(isRole),
  };
}
