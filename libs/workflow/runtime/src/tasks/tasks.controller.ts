import type { ServerResponse } from 'node:http';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AnyRole, AuthUser, CurrentUser } from '@ap/auth';
import { DomainError } from '@ap/common';
import { TaskService } from './task-service';
import { taskView } from './task-view';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TaskService) {}

  /** A page of my open tasks; the header X-Total-Count says how many there are in all. */
  @AnyRole()
  @Get()
  @ApiQuery({ name: 'businessKey', required: false, description: 'Alleen taken van dit dossier (incident-id)' })
  @ApiQuery({ name: 'limit', required: false, description: `Taken per pagina, 1 tot ${MAX_PAGE} (standaard ${DEFAULT_PAGE})` })
  @ApiQuery({ name: 'offset', required: false, description: 'Overslaan: de eerste taak van de pagina (standaard 0)' })
  async mine(
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: ServerResponse,
    @Query('businessKey') businessKey?: string,
    @Query('limit', new ParseIntPipe({ optional: true })) limit = DEFAULT_PAGE,
    @Query('offset', new ParseIntPipe({ optional: true })) offset = 0,
  ) {
    if (limit < 1 || limit > MAX_PAGE || offset < 0) {
      throw new DomainError('invalid', 'Ongeldige invoer', [{ field: limit < 1 || limit > MAX_PAGE ? 'limit' : 'offset', problems: [`limit must be 1 to ${MAX_PAGE}, offset at least 0`] }]);
    }
    const [tasks, total] = await this.tasks.openFor(user, { businessKey, limit, offset });
    res.setHeader('X-Total-Count', String(total));
    return tasks.map((t) => taskView(t, this.tasks.formOf(t)));
  }

  @AnyRole()
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    const task = await this.tasks.get(id, user);
    return taskView(task, this.tasks.formOf(task));
  }

  @AnyRole()
  @Post(':id/claim')
  @HttpCode(200)
  async claim(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    const task = await this.tasks.claim(id, user);
    return taskView(task, this.tasks.formOf(task));
  }

  @AnyRole()
  @Post(':id/complete')
  @HttpCode(200)
  @ApiBody({ description: 'Het formulier van de taak (zie form.key)', schema: { type: 'object' } })
  async complete(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    const task = await this.tasks.complete(id, body, user);
    return taskView(task, this.tasks.formOf(task));
  }
}
