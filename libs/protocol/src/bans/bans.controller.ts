import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ACCESS, Clock, DomainError, localDay } from '@ap/common';
import { Roles } from '@ap/auth';
import { BanLookupResult } from './ban-lookup.view';
import { BansService } from './bans.service';
import { RECEPTION_INSTRUCTION } from './reception-instruction';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@ApiTags('bans')
@ApiBearerAuth()
@Controller('bans')
export class BansController {
  constructor(
    private readonly bans: BansService,
    private readonly clock: Clock,
    @Inject(RECEPTION_INSTRUCTION) private readonly instruction: string,
  ) {}

  /** Reception: may this visitor enter today? */
  @Roles(...ACCESS.banRegister)
  @Get('lookup')
  @ApiQuery({ name: 'name', required: true })
  @ApiQuery({ name: 'dateOfBirth', required: false, description: 'JJJJ-MM-DD' })
  @ApiQuery({ name: 'date', required: false, description: 'JJJJ-MM-DD; standaard vandaag' })
  @ApiOkResponse({ type: BanLookupResult })
  async lookup(@Query('name') name?: string, @Query('dateOfBirth') dateOfBirth?: string, @Query('date') date?: string): Promise<BanLookupResult> {
    const problems = [
      ...(!name?.trim() ? [{ field: 'name', problems: ['Vul de naam in.'] }] : []),
      ...(dateOfBirth && !DAY.test(dateOfBirth) ? [{ field: 'dateOfBirth', problems: ['Geef de geboortedatum als JJJJ-MM-DD, bijvoorbeeld 1980-04-12.'] }] : []),
      ...(date && !DAY.test(date) ? [{ field: 'date', problems: ['Geef de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-02.'] }] : []),
    ];
    if (problems.length) throw new DomainError('invalid', 'Ongeldige zoekvraag', problems);
    const on = date ?? localDay(this.clock.now());
    const bans = await this.bans.lookup({ name: name!, dateOfBirth, on });
    return { checkedOn: on, banned: bans.length > 0, instruction: bans.length ? this.instruction : null, bans };
  }

  @Roles(...ACCESS.banRegister)
  @Get('active')
  @ApiQuery({ name: 'date', required: false, description: 'JJJJ-MM-DD; standaard vandaag' })
  active(@Query('date') date?: string) {
    if (date && !DAY.test(date)) throw new DomainError('invalid', 'Ongeldige zoekvraag', [{ field: 'date', problems: ['Geef de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-02.'] }]);
    return this.bans.activeOn(date ?? localDay(this.clock.now()));
  }
}
