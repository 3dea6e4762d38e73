import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@ap/common';
import { Database, UnitOfWork } from '@ap/persistence';
import { AuthUser } from '../auth-user';
import { OrganisationUnitView } from './organisation.views';

/**
 * The organisation's teams and who belongs to which. A team's incidents run the team's variant of a
 * channel's protocol where a policy owner deployed one; everything else runs the organisation's.
 */
@Injectable()
export class OrganisationService {
  private readonly logger = new Logger(OrganisationService.name);

  constructor(private readonly db: Database) {}

  units(): Promise<OrganisationUnitView[]> {
    return this.db.read((uow) => this.counted(uow));
  }

  async create(name: string, by: AuthUser): Promise<OrganisationUnitView> {
    const unit = await this.db.transaction(async (uow) => {
      const free = await this.freeName(uow, name, null);
      return uow.units.save(uow.units.create({ name: free }));
    });
    this.logger.log(`${by.displayName} created team "${unit.name}"`);
    return { id: unit.id, name: unit.name, userCount: 0, incidentCount: 0, variantCount: 0 };
  }

  async rename(id: string, name: string, by: AuthUser): Promise<void> {
    await this.db.transaction(async (uow) => {
      const unit = await this.existing(uow, id);
      const free = await this.freeName(uow, name, id);
      await uow.units.update(id, { name: free });
      this.logger.log(`${by.displayName} renamed team "${unit.name}" to "${free}"`);
    });
  }

  /** Removes a team nothing belongs to; a team with users, incidents or protocol variants stays (they name it). */
  async remove(id: string, by: AuthUser): Promise<void> {
    await this.db.transaction(async (uow) => {
      const unit = await this.existing(uow, id);
      const [uses] = await this.counted(uow, id);
      const what = [
        counted(uses.userCount, 'medewerker', 'medewerkers'),
        counted(uses.incidentCount, 'incident', 'incidenten'),
        counted(uses.variantCount, 'versie van een procesmodel', 'versies van procesmodellen'),
      ].filter(Boolean);
      if (what.length) throw new DomainError('conflict', `Team "${unit.name}" is nog in gebruik (${what.join(', ')}) en kan niet worden verwijderd.`);
      await uow.units.delete(id);
      this.logger.log(`${by.displayName} removed team "${unit.name}"`);
    });
  }

  /** The team a user belongs to now: its incidents and processes run that team's protocol variants. */
  async unitOf(userId: string, uow?: UnitOfWork): Promise<string | null> {
    const user = await (uow ? uow.users.findOneBy({ id: userId }) : this.db.read((u) => u.users.findOneBy({ id: userId })));
    return user?.unitId ?? null;
  }

  private async counted(uow: UnitOfWork, id?: string): Promise<OrganisationUnitView[]> {
    const rows = await uow.query<{ id: string; name: string; users: string; incidents: string; variants: string }>(
      `SELECT u.id, u.name,
              (SELECT count(*) FROM users s WHERE s.unit_id = u.id) AS users,
              (SELECT count(*) FROM incidents i WHERE i.unit_id = u.id) AS incidents,
              (SELECT count(*) FROM process_definitions d WHERE d.unit_id = u.id) AS variants
         FROM organisation_units u WHERE $1::uuid IS NULL OR u.id = $1 ORDER BY lower(u.name)`,
      [id ?? null],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, userCount: Number(r.users), incidentCount: Number(r.incidents), variantCount: Number(r.variants) }));
  }

  private async existing(uow: UnitOfWork, id: string, field?: string) {
    const unit = await uow.units.findOneBy({ id });
    if (unit) return unit;
    if (field) throw new DomainError('invalid', 'Ongeldige invoer', [{ field, problems: ['Dit team bestaat niet (meer).'] }]);
    throw new DomainError('not-found', `Team ${id} bestaat niet`);
  }

  /** The name as stored (without surrounding spaces), refused when another team has it in any case. */
  private async freeName(uow: UnitOfWork, name: string, except: string | null): Promise<string> {
    const trimmed = name.trim();
    const [clash] = await uow.query<{ id: string; name: string }>('SELECT id, name FROM organisation_units WHERE lower(name) = lower($1)', [trimmed]);
    if (clash && clash.id !== except) throw new DomainError('conflict', `Er is al een team "${clash.name}".`, { field: 'name' });
    return trimmed;
  }
}

function counted(count: number, one: string, many: string): string | null {
  return count === 0 ? null : `${count} ${count === 1 ? one : many}`;
}
