import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ACCESS, DomainError, UuidPipe } from '@ap/common';
import { Audited, AuthUser, CurrentUser, IncidentVisibility, Roles } from '@ap/auth';
import { Database } from '@ap/persistence';
import { DefinitionStore } from '../deployment/definition-store';
import { InstanceRetry } from './instance-retry';

@ApiTags('process instances')
@ApiBearerAuth()
@Controller()
export class InstancesController {
  constructor(
    private readonly db: Database,
    private readonly retries: InstanceRetry,
    private readonly definitions: DefinitionStore,
    private readonly visibility: IncidentVisibility,
  ) {}

  @Roles(...ACCESS.processInstances)
  @Get('process-instances/:id')
  @Audited({ action: 'read', resource: 'process-instance' })
  async get(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser) {
    const instance = await this.db.read((uow) => uow.instances.findOneBy({ id }));
    if (!instance) throw new DomainError('not-found', `Procesinstantie ${id} bestaat niet`);
    // An incident's process shows its file's data: under the same rule as the file.
    await this.visibility.assertMayOpen(user, { id: instance.businessKey });
    const definition = await this.definitions.get(instance.definitionId);
    const { state: _state, ...rest } = instance;
    return { ...rest, definition: { key: definition.key, version: definition.version, name: definition.name } };
  }

  @Roles(...ACCESS.retrySteps)
  @Post('process-instances/:id/retry')
  @Audited({ action: 'step-retried', resource: 'process-instance' })
  @HttpCode(200)
  async retry(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser) {
    const instance = await this.db.read((uow) => uow.instances.findOneBy({ id }));
    if (instance) await this.visibility.assertMayOpen(user, { id: instance.businessKey });
    const { state: _state, ...rest } = await this.retries.retry(id, { id: user.id, name: user.displayName });
    return rest;
  }
}
