import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@ap/common';
import { Database, ProcessInstanceEntity } from '@ap/persistence';
import { DefinitionStore } from '../deployment/definition-store';
import { WorkflowHooks } from '../hooks/workflow-hooks';
import { Actor } from '../run-scope';
import { InstanceRunner } from './instance-runner';

/** Runs a failed start again, after the data it missed has been supplied. */
@Injectable()
export class InstanceRetry {
  constructor(
    private readonly db: Database,
    private readonly definitions: DefinitionStore,
    private readonly runner: InstanceRunner,
    private readonly hooks: WorkflowHooks,
    private readonly clock: Clock,
  ) {}

  async retry(instanceId: string, actor: Actor): Promise<ProcessInstanceEntity> {
    const outcome = await this.db.transaction(async (uow) => {
      const instance = await uow.instances.findOne({ where: { id: instanceId }, lock: { mode: 'pessimistic_write' } });
      if (!instance) throw new DomainError('not-found', `Procesinstantie ${instanceId} bestaat niet`);
      if (instance.status !== 'failed') throw new DomainError('conflict', 'Alleen een mislukte start kan opnieuw worden uitgevoerd');
      const definition = await this.definitions.get(instance.definitionId, uow);
      const now = this.clock.now();
      const failure = await this.runner.run(uow, instance, definition, { trigger: { kind: 'retry' }, actor, now });
      if (!failure) await this.hooks.emit('instanceRetried', uow, instance, actor, now);
      return { instance, failure };
    });
    if (outcome.failure) throw new DomainError('unprocessable', `Het proces kon opnieuw niet verder: ${outcome.failure.message}`, outcome.failure);
    return outcome.instance;
  }
}
