import { PageOffset, PageSize, UuidPipe } from '@ap/common';
import type { ServerResponse } from 'node:http';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AnyRole, Audited, AuthUser, CurrentUser } from '@ap/auth';
import { TaskService } from './task-service';
import { TaskView } from './task-view';
import { TaskFormView } from './task-form-view';

const MAX_PAGE = 500;

export class TaskListQuery {
  @ApiProperty({ required: false, description: 'Alleen taken van dit dossier (incident-id)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  businessKey?: string;

  @ApiProperty({ required: false, description: 'Alleen dit soort taak (de sleutel van het formulier)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  formKey?: string;

  @ApiProperty({ required: false, description: 'Alleen taken van dossiers die met dit proces begonnen (bij een incident het kanaal)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  processKey?: string;

  @PageSize(MAX_PAGE, 100, 'Taken per pagina')
  limit: number = 100;

  @PageOffset('Overslaan: de eerste taak van de pagina')
  offset: number = 0;
}

class TaskFacetView {
  @ApiProperty() key: string;
  @ApiProperty({ description: 'Titel van het formulier of naam van het procesmodel' }) label: string;
  @ApiProperty() count: number;
}

class TaskFacets {
  @ApiProperty({ type: [TaskFacetView], description: 'Open taken per soort taak (formulier)' }) forms: TaskFacetView[];
  @ApiProperty({ type: [TaskFacetView], description: 'Open taken per proces waarmee het dossier begon' }) processes: TaskFacetView[];
}

/** A text field of a submitted form, for the audit line's reason (a rejection's comment). */
function textOf(body: unknown, field: string): string | null {
  const value = (body as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TaskService) {}

  /** A page of my open tasks, the most urgent first; the header X-Total-Count says how many there are in all. */
  @AnyRole()
  @Get()
  @ApiOkResponse({ type: [TaskView], headers: { 'X-Total-Count': { description: 'Aantal taken in totaal', schema: { type: 'integer' } } } })
  async mine(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: ServerResponse, @Query() query: TaskListQuery): Promise<TaskView[]> {
    const [tasks, total] = await this.tasks.openFor(user, query);
    res.setHeader('X-Total-Count', String(total));
    return tasks;
  }

  /** How many of my open tasks there are per kind and per process, for the filters of the list. */
  @AnyRole()
  @Get('facets')
  @ApiOkResponse({ type: TaskFacets })
  facets(@CurrentUser() user: AuthUser): Promise<TaskFacets> {
    return this.tasks.facets(user);
  }

  /**
   * One task with the form that completes it (its fields as JSON Schema). A task the model assigned to
   * someone else comes without its input, form and subject's names.
   */
  @AnyRole()
  @Get(':id')
  @Audited({ action: 'read', resource: 'task' })
  @ApiOkResponse({ type: TaskFormView })
  async get(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<TaskFormView> {
    const task = await this.tasks.get(id, user);
    return { ...task, form: task.form && this.tasks.formSchema(task.form.key) };
  }

  @AnyRole()
  @Post(':id/claim')
  @Audited({ action: 'task-claimed', resource: 'task' })
  @HttpCode(200)
  @ApiOkResponse({ type: TaskView })
  claim(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<TaskView> {
    return this.tasks.claim(id, user);
  }

  @AnyRole()
  @Post(':id/release')
  @Audited({ action: 'task-released', resource: 'task' })
  @HttpCode(200)
  @ApiOkResponse({ type: TaskView })
  release(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser): Promise<TaskView> {
    return this.tasks.release(id, user);
  }

  @AnyRole()
  @Post(':id/complete')
  @Audited({ action: 'task-completed', resource: 'task', reason: ({ body }) => textOf(body, 'comment'), details: (_, task) => ({ form: (task as TaskView).form?.key, decision: (task as TaskView).submitted?.decision }) })
  @HttpCode(200)
  @ApiBody({ description: 'Het formulier van de taak (zie form.key en form.schema)', schema: { type: 'object', additionalProperties: true } })
  @ApiOkResponse({ type: TaskView })
  complete(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser): Promise<TaskView> {
    return this.tasks.complete(id, body, user);
  }
}
