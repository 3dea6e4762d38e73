import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AnyRole, AuthUser, CurrentUser } from '@ap/auth';
import { TaskService } from './task-service';
import { taskView } from './task-view';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TaskService) {}

  @AnyRole()
  @Get()
  @ApiQuery({ name: 'businessKey', required: false, description: 'Alleen taken van dit dossier (incident-id)' })
  async mine(@CurrentUser() user: AuthUser, @Query('businessKey') businessKey?: string) {
    const tasks = await this.tasks.openFor(user, businessKey);
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
