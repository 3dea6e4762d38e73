import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Clock, DomainError, localDay } from '@ap/common';
import { Roles } from '@ap/auth';
import { BansService } from './bans.service';

const REGISTER_READERS = ['reception', 'public-contacts-head', 'department-head', 'college', 'admin'] as const;
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
  @Roles(...REGISTER_READERS)
  @Get('lookup')
  @ApiQuery({ name: 'name', required: true })
  @ApiQuery({ name: 'dateOfBirth', required: false, description: 'JJJJ-MM-DD' })
  @ApiQuery({ name: 'date', required: false, description: 'JJJJ-MM-DD; standaard vandaag' })
  lookup(@Query('name') name?: string, @Query('dateOfBirth') dateOfBirth?: string, @Query('date') date?: string) {
    const problems = [
      ...(!name?.trim() ? [{ field: 'name', problems: ['name is required'] }] : []),
      ...(dateOfBirth && !DAY.test(dateOfBirth) ? [{ field: 'dateOfBirth', problems: ['dateOfBirth must be a date as YYYY-MM-DD'] }] : []),
      ...(date && !DAY.test(date) ? [{ field: 'date', problems: ['date must be a date as YYYY-MM-DD'] }] : []),
    ];
    if (problems.length) throw new DomainError('invalid', 'Ongeldige zoekvraag', problems);
    return this.bans.lookup({ name: name!, dateOfBirth, on: date ?? localDay(this.clock.now()) });
  }

  @Roles(...REGISTER_READERS)
  @Get('active')
  @ApiQuery({ name: 'date', required: false, description: 'JJJJ-MM-DD; standaard vandaag' })
  active(@Query('date') date?: string) {
    if (date && !DAY.test(date)) throw new DomainError('invalid', 'Ongeldige zoekvraag', [{ field: 'date', problems: ['date must be a date as YYYY-MM-DD'] }]);
    return this.bans.activeOn(date ?? localDay(this.clock.now()));
  }
}
