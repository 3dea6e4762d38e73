import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole, AuthUser, CurrentUser } from '@ap/auth';
import { Database } from '@ap/persistence';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly db: Database) {}

  /** Messages to any of my roles, newest first. */
  @AnyRole()
  @Get()
  mine(@CurrentUser() user: AuthUser) {
    return this.db.read((uow) =>
      uow.notifications
        .createQueryBuilder('n')
        .where('n.role = ANY(:roles)', { roles: user.roles })
        .orderBy('n.created_at', 'DESC')
        .take(100)
        .getMany(),
    );
  }
}
