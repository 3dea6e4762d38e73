import { Injectable } from '@nestjs/common';
import { DomainError } from '@ap/common';
import { CitizenEntity, UnitOfWork } from '@ap/persistence';
import { CitizenDto, UpdateCitizenDto } from './citizen.dto';
import { CitizenSearchQuery, CitizenView } from './citizen-search';

@Injectable()
export class CitizensService {
  /**
   * The citizen with this name and date of birth if known (recidive depends on finding them again),
   * else a new one. Address details given now fill in what was missing.
   */
  async findOrCreate(uow: UnitOfWork, dto: CitizenDto): Promise<CitizenEntity> {
    const existing = dto.dateOfBirth
      ? await uow.citizens
          .createQueryBuilder('c')
          .where('lower(c.name) = lower(:name)', { name: dto.name.trim() })
          .andWhere('c.date_of_birth = :dob', { dob: dto.dateOfBirth })
          .orderBy('c.created_at', 'ASC')
          .getOne()
      : null;
    if (existing) {
      for (const field of ['streetAddress', 'postalCode', 'city', 'phone'] as const) {
        if (dto[field]) existing[field] = dto[field]!;
      }
      return uow.citizens.save(existing);
    }
    return uow.citizens.save(
      uow.citizens.create({
        name: dto.name.trim(),
        dateOfBirth: dto.dateOfBirth ?? null,
        streetAddress: dto.streetAddress ?? null,
        postalCode: dto.postalCode ?? null,
        city: dto.city ?? null,
        phone: dto.phone ?? null,
      }),
    );
  }

  /** Citizens whose name contains the text (not case-sensitive), with this date of birth when given; one page and the total. */
  async search(uow: UnitOfWork, query: CitizenSearchQuery): Promise<[CitizenView[], number]> {
    const pattern = `%${query.name.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const builder = uow.citizens
      .createQueryBuilder('c')
      .select(['c.id', 'c.name', 'c.dateOfBirth', 'c.streetAddress', 'c.postalCode', 'c.city'])
      .where(`lower(c.name) LIKE :pattern ESCAPE '\\'`, { pattern })
      .andWhere('c.erased_at IS NULL')
      .orderBy('lower(c.name)', 'ASC')
      .addOrderBy('c.date_of_birth', 'ASC', 'NULLS LAST')
      .addOrderBy('c.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.dateOfBirth) builder.andWhere('c.date_of_birth = :dob', { dob: query.dateOfBirth });
    const [citizens, total] = await builder.getManyAndCount();
    return [citizens.map(({ id, name, dateOfBirth, streetAddress, postalCode, city }) => ({ id, name, dateOfBirth, streetAddress, postalCode, city })), total];
  }

  async update(uow: UnitOfWork, id: string, dto: UpdateCitizenDto): Promise<CitizenEntity> {
    const citizen = await this.changeable(uow, id);
    Object.assign(citizen, Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)));
    return uow.citizens.save(citizen);
  }

  /** A citizen whose details may still be changed: not one whose personal data was erased. */
  async changeable(uow: UnitOfWork, id: string): Promise<CitizenEntity> {
    const citizen = await this.get(uow, id);
    if (citizen.erasedAt) throw new DomainError('conflict', 'De gegevens van deze burger zijn gewist; ze kunnen niet meer worden aangevuld.');
    return citizen;
  }

  async get(uow: UnitOfWork, id: string): Promise<CitizenEntity> {
    const citizen = await uow.citizens.findOneBy({ id });
    if (!citizen) throw new DomainError('not-found', `Burger ${id} bestaat niet`);
    return citizen;
  }
}
