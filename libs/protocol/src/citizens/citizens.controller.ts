import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@ap/auth';
import { Database } from '@ap/persistence';
import { UpdateCitizenDto } from './citizen.dto';
import { CitizensService } from './citizens.service';

const CASE_WORKERS = ['employee', 'team-lead', 'department-head', 'hr', 'admin'] as const;

@ApiTags('citizens')
@ApiBearerAuth()
@Controller('citizens')
export class CitizensController {
  constructor(
    private readonly citizens: CitizensService,
    private readonly db: Database,
  ) {}

  @Roles(...CASE_WORKERS)
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.db.read((uow) => this.citizens.get(uow, id));
  }

  /** Completes or corrects a citizen's details, e.g. the address a letter needs. */
  @Roles(...CASE_WORKERS)
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCitizenDto) {
    return this.db.transaction((uow) => this.citizens.update(uow, id, body));
  }
}
