import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ACCESS, formSchema, UuidPipe } from '@ap/common';
import { Actor } from '../audit/audit-trail';
import { AuditedInTransaction } from '../audit/audited';
import { CurrentActor, Roles } from '../decorators';
import { UserAdmin } from './user-admin.service';
import { DeactivationDto, NewUserDto, PasswordDto, UserChangeDto, UserFormsView, UserUnitDto, UserView } from './user.views';

/** Accounts: the admin creates them, changes their roles, places them in a team and deactivates them. */
@ApiTags('users')
@ApiBearerAuth()
@Roles(...ACCESS.manageUsers)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UserAdmin) {}

  @Get()
  @ApiOkResponse({ type: [UserView] })
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  /** The page's forms, from the classes the requests are checked with. */
  @Get('forms')
  @ApiOkResponse({ type: UserFormsView })
  forms(): UserFormsView {
    return {
      create: formSchema({ title: 'Gebruiker toevoegen', dto: NewUserDto }),
      change: formSchema({ title: 'Gegevens en rollen', dto: UserChangeDto }),
      password: formSchema({ title: 'Wachtwoord opnieuw instellen', dto: PasswordDto }),
      deactivate: formSchema({ title: 'Account deactiveren', dto: DeactivationDto }),
    };
  }

  @Get(':id')
  @ApiOkResponse({ type: UserView })
  get(@Param('id', UuidPipe) id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Post()
  @AuditedInTransaction('user-created', 'user')
  @ApiCreatedResponse({ type: UserView })
  create(@Body() body: NewUserDto, @CurrentActor() actor: Actor): Promise<UserView> {
    return this.users.create(body, actor);
  }

  @Patch(':id')
  @AuditedInTransaction('user-changed', 'user')
  @ApiOkResponse({ type: UserView })
  change(@Param('id', UuidPipe) id: string, @Body() body: UserChangeDto, @CurrentActor() actor: Actor): Promise<UserView> {
    return this.users.change(id, body, actor);
  }

  @Post(':id/deactivate')
  @AuditedInTransaction('user-deactivated', 'user')
  @HttpCode(204)
  @ApiNoContentResponse()
  deactivate(@Param('id', UuidPipe) id: string, @Body() body: DeactivationDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.users.deactivate(id, body.reason?.trim() || null, actor);
  }

  @Post(':id/activate')
  @AuditedInTransaction('user-activated', 'user')
  @HttpCode(204)
  @ApiNoContentResponse()
  activate(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.users.activate(id, actor);
  }

  @Put(':id/password')
  @AuditedInTransaction('password-set', 'user')
  @HttpCode(204)
  @ApiNoContentResponse()
  setPassword(@Param('id', UuidPipe) id: string, @Body() body: PasswordDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.users.setPassword(id, body.password, actor);
  }

  @Put(':id/unit')
  @AuditedInTransaction('user-placed', 'user')
  @HttpCode(204)
  @ApiNoContentResponse()
  place(@Param('id', UuidPipe) id: string, @Body() body: UserUnitDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.users.place(id, body.unitId ?? null, actor);
  }
}
