import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ACCESS, UuidPipe } from '@ap/common';
import { AuthUser } from '../auth-user';
import { AnyRole, CurrentUser, Roles } from '../decorators';
import { OrganisationService } from './organisation.service';
import { OrganisationUnitDto, OrganisationUnitView } from './organisation.views';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  /** The teams, for everyone who chooses one (a policy owner deploying a team's variant, the admin). */
  @AnyRole()
  @Get('organisation-units')
  @ApiOkResponse({ type: [OrganisationUnitView] })
  units(): Promise<OrganisationUnitView[]> {
    return this.organisation.units();
  }

  @Roles(...ACCESS.organisation)
  @Post('organisation-units')
  @ApiCreatedResponse({ type: OrganisationUnitView })
  create(@Body() body: OrganisationUnitDto, @CurrentUser() user: AuthUser): Promise<OrganisationUnitView> {
    return this.organisation.create(body.name, user);
  }

  @Roles(...ACCESS.organisation)
  @Patch('organisation-units/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  rename(@Param('id', UuidPipe) id: string, @Body() body: OrganisationUnitDto, @CurrentUser() user: AuthUser): Promise<void> {
    return this.organisation.rename(id, body.name, user);
  }

  @Roles(...ACCESS.organisation)
  @Delete('organisation-units/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.organisation.remove(id, user);
  }
}
