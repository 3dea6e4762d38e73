import { Injectable } from '@nestjs/common';
import { compare, hash, hashSync } from 'bcryptjs';
import { isRole, Role } from '@ap/common';
import { Database, UnitOfWork, UserEntity } from '@ap/persistence';
import { AuthUser } from './auth-user';

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  email?: string | null;
}

const BCRYPT_COST = 10;
/**
 * A hash of no one's password, at the same cost: an unknown username is checked against it, so that it
 * takes as long as a wrong password and the answer's timing does not tell which usernames exist.
 */
const NO_ONE = hashSync('geen gebruiker', BCRYPT_COST);

@Injectable()
export class UsersService {
  constructor(private readonly db: Database) {}

  /** The user when the password matches, else null (the caller says only "unknown user or password"). */
  async verify(username: string, password: string): Promise<AuthUser | null> {
    const user = await this.db.read((uow) => uow.users.findOneBy({ username, active: true }));
    const matches = await compare(password, user?.passwordHash ?? NO_ONE);
    return user && matches ? toAuthUser(user) : null;
  }

  /** Creates the user unless the username exists; returns whether it was created. */
  async ensure(uow: UnitOfWork, user: NewUser): Promise<boolean> {
    if (await uow.users.existsBy({ username: user.username })) return false;
    await uow.users.save(
      uow.users.create({
        username: user.username,
        passwordHash: await hash(user.password, BCRYPT_COST),
        displayName: user.displayName,
        jobTitle: user.jobTitle,
        roles: user.roles,
        email: user.email ?? null,
        active: true,
      }),
    );
    return true;
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
