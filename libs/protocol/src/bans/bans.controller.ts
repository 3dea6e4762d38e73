import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ACCESS, Clock, DomainError, localDay } from '@ap/common';
import { Audited, idsOf, Roles } from '@ap/auth';
import { BanLookupResult } from './ban-lookup.view';
import { BansService } from './bans.service';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@ApiTags('bans')
@ApiBearerAuth()
@Controller('bans')
export class BansController {
  constructor(
    private readonly bans: BansService,
    private readonly clock: Clock,
  ) {}

  /** Reception: may this visitor enter today? */
  @Roles(...ACCESS.banRegister)
  @Get('lookup')
  @Audited({
    action: 'search',
    resource: 'ban',
    ids: (_, result) => idsOf((result as BanLookupResult).bans),
    details: ({ query }) => ({ name: query.name, dateOfBirth: query.dateOfBirth, date: query.date }),
  })
  @ApiQuery({ name: 'name', required: true, type: String })
  @ApiQuery({ name: 'dateOfBirth', required: false, type: String, description: 'JJJJ-MM-DD' })
  @ApiQuery({ name: 'date', required: false, type: String, description: 'JJJJ-MM-DD; standaard vandaag' })
  @ApiOkResponse({ type: BanLookupResult })
  async lookup(@Query('name') name?: unknown, @Query('dateOfBirth') dateOfBirth?: unknown, @Query('date') date?: unknown): Promise<BanLookupResult> {
    const problems = [
      ...(typeof name !== 'string' || !name.trim() ? [{ field: 'name', problems: [Array.isArray(name) ? 'Geef één naam.' : 'Vul de naam in.'] }] : []),
      ...dayProblems('dateOfBirth', dateOfBirth, 'Geef de geboortedatum als JJJJ-MM-DD, bijvoorbeeld 1980-04-12.'),
      ...dayProblems('date', date, 'Geef de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-02.'),
    ];
    if (problems.length) throw new DomainError('invalid', 'Ongeldige zoekvraag', problems);
    const on = (date as string | undefined) || localDay(this.clock.now());
    const bans = await this.bans.lookup({ name: name as string, dateOfBirth: (dateOfBirth as string | undefined) || undefined, on });
    return { checkedOn: on, banned: bans.length > 0, bans };
  }

  @Roles(...ACCESS.banRegister)
  @Get('active')
  @Audited({ action: 'read', resource: 'ban', ids: (_, bans) => idsOf(bans), details: ({ query }) => ({ date: query.date }) })
  @ApiQuery({ name: 'date', required: false, type: String, description: 'JJJJ-MM-DD; standaard vandaag' })
  active(@Query('date') date?: unknown) {
    const problems = dayProblems('date', date, 'Geef de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-02.');
    if (problems.length) throw new DomainError('invalid', 'Ongeldige zoekvraag', problems);
    return this.bans.activeOn((date as string | undefined) || localDay(this.clock.now()));
  }
}

/** An optional day in a query: absent or empty is none; anything but one real JJJJ-MM-DD day is refused. */
function dayProblems(field: string, value: unknown, problem: string) {
  if (value === undefined || value === '') return [];
  const day = typeof value === 'string' && DAY.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  const real = !!day && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value as string);
  return real ? [] : [{ field, problems: [problem] }];
}
