import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ROLE_KEYS, ROLES } from '@ap/common';
import { TopicDeclaration } from '@ap/workflow-engine';
import { WorkflowServices } from '../run-scope';

const SERVICE_TOPIC = 'workflow:service-topic';

/**
 * Declares a provider's method as the handler of a service-task topic. The runtime finds every one at
 * start-up: there is no list of topics to keep besides these declarations.
 */
export const ServiceTopic = (declaration: TopicDeclaration): MethodDecorator => SetMetadata(SERVICE_TOPIC, declaration);

/** Registers every @ServiceTopic method of the application's providers, and the choices of roles. */
@Injectable()
export class ServiceTopicDiscovery implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly services: WorkflowServices,
  ) {}

  onModuleInit(): void {
    this.services.addChoices('roles', () => ROLE_KEYS.map((role) => ({ value: role, label: ROLES[role] })));
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance;
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const prototype = Object.getPrototypeOf(instance);
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const declaration = this.reflector.get<TopicDeclaration | undefined>(SERVICE_TOPIC, prototype[name]);
        if (declaration) this.services.register(declaration, (input, context) => instance[name](input, context));
      }
    }
  }
}
