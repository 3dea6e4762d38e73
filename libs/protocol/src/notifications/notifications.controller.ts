import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { UuidPipe } from '@ap/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, AuthUser, CurrentUser } from '@ap/auth';
import { NotificationView, UnreadCount } from './notification.view';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Messages to any of my roles, newest first (the latest 100), each read or not by me. */
  @AnyRole()
  @Get()
  @ApiOkResponse({ type: [NotificationView] })
  mine(@CurrentUser() user: AuthUser): Promise<NotificationView[]> {
    return this.notifications.mine(user);
  }

  @AnyRole()
  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCount })
  async unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCount> {
    return { count: await this.notifications.unread(user) };
  }

  /** Marks every message to my roles read. */
  @AnyRole()
  @Post('read')
  @HttpCode(204)
  @ApiNoContentResponse()
  readAll(@CurrentUser() user: AuthUser): Promise<void> {
    return this.notifications.markAllRead(user);
  }

  @AnyRole()
  @Post(':id/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  read(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.notifications.markRead(user, id);
  }
}
