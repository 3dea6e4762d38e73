import { ServiceTaskRegistry } from '../services/service-task-registry';
import { resolveInputs } from './resolve-inputs';

/**
 * Gives the Camunda attributes meaning in bpmn-engine, which parses them but does not act on them:
 * - a service task with camunda:topic calls the handler registered for that topic with its resolved
 *   input parameters, and the variables the handler returns are set on the instance;
 * - a completed user task stores its form, and a finished call activity the sub-process's variables,
 *   under the element's id in the instance's variables.
 */
export function createCamundaExtension<Scope>(registry: ServiceTaskRegistry<Scope>, scope: Scope) {
  return function camunda(activity: any) {
    if (activity.type === 'bpmn:ServiceTask' && activity.behaviour.topic) {
      activity.behaviour.Service = serviceFor(activity, registry, scope);
      return undefined;
    }
    if (activity.type === 'bpmn:UserTask' || activity.type === 'bpmn:CallActivity') return storeFormOnEnd(activity);
    return undefined;
  };
}

function serviceFor<Scope>(activity: any, registry: ServiceTaskRegistry<Scope>, scope: Scope) {
  const topic: string = activity.behaviour.topic;
  return function TopicService() {
    return {
      execute(executeMessage: any, callback: (err: Error | null, output?: unknown) => void) {
        const environment = activity.environment;
        let called = false;
        // The engine waits for exactly one callback; a second one, or none, corrupts or hangs the run.
        const done = (err: Error | null, output?: unknown) => {
          if (called) return;
          called = true;
          callback(err, output);
        };
        const handler = registry.get(topic);
        if (!handler) return done(new Error(`no service provides topic "${topic}"`));
        let input: Record<string, unknown>;
        try {
          input = resolveInputs(activity.behaviour, environment, executeMessage);
        } catch (err) {
          return done(err instanceof Error ? err : new Error(String(err)));
        }
        handler(input, {
          elementId: activity.id,
          elementName: activity.name ?? activity.id,
          variables: environment.variables,
          scope,
        }).then(
          (variables) => {
            if (variables) environment.assignVariables(variables);
            done(null, variables ?? {});
          },
          (err) => done(err instanceof Error ? err : new Error(String(err))),
        );
      },
    };
  };
}

function storeFormOnEnd(activity: any) {
  let consumer: { cancel(): void } | undefined;
  return {
    activate() {
      consumer?.cancel();
      consumer = activity.on('end', (api: any) => {
        const form = api.content.output?.form;
        if (form !== undefined) activity.environment.assignVariables({ [activity.id]: form });
      });
    },
    deactivate() {
      consumer?.cancel();
      consumer = undefined;
    },
  };
}
