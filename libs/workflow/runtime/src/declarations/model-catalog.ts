import { Injectable } from '@nestjs/common';
import { ROLE_KEYS, ROLES } from '@ap/common';
import { Catalog, FlowNode, InputSpec, ParsedDefinition, ProcessSpec } from '@ap/workflow-engine';
import { FormRegistry } from '../forms/form-registry';
import { WorkflowServices } from '../run-scope';
import { processInputs } from './process-inputs';
import { StartVariables } from './start-variables';

/** A user task without camunda:formKey gets this form. */
export const DEFAULT_FORM = 'confirmation';

/**
 * Everything a model may name, built from the declarations of the topics and forms and from the models
 * themselves: what the model checks, the modeller's templates and the README's tables are made of.
 */
@Injectable()
export class ModelCatalog {
  constructor(
    private readonly services: WorkflowServices,
    private readonly forms: FormRegistry,
    private readonly startVariables: StartVariables,
  ) {}

  /** The catalog with these models as the processes a call activity may call. */
  build(models: ParsedDefinition[]): Catalog {
    const topics = this.services.declarations();
    const forms = this.forms.all();
    const role: InputSpec = { name: 'roles', label: 'Rollen die de taak krijgen', kind: 'choices', required: false, choices: this.roles() };
    const declared = {
      inputsOf: (node: FlowNode): InputSpec[] => {
        if (node.topic) return this.services.specs(topics.find((t) => t.topic === node.topic)?.inputs ?? []);
        if (node.type === 'bpmn:UserTask') return this.services.specs(forms.find((f) => f.key === (node.formKey ?? DEFAULT_FORM))?.inputs ?? []);
        return [];
      },
      readsOf: (node: FlowNode): InputSpec[] => this.services.specs(topics.find((t) => t.topic === node.topic)?.reads ?? []),
      role,
    };
    const processes: ProcessSpec[] = models.map((model) => ({ key: model.key, name: model.name, inputs: processInputs(model, declared), starts: model.startRules }));
    // A call passes its inputs on to the process it calls: what that process reads, its caller reads too.
    for (let changed = true; changed; ) {
      changed = false;
      for (const model of models) {
        const spec = processes.find((p) => p.key === model.key)!;
        const calls = processInputs(model, { ...declared, inputsOf: (node) => (node.calledElement ? (processes.find((p) => p.key === node.calledElement)?.inputs ?? []) : []), readsOf: () => [] });
        for (const input of calls.filter((c) => !spec.inputs.some((i) => i.name === c.name))) {
          spec.inputs.push(input);
          changed = true;
        }
      }
    }
    return {
      roles: this.roles(),
      topics: topics.map(({ reads: _reads, ...topic }) => ({ ...topic, inputs: this.services.specs(topic.inputs) })),
      forms: forms.map((form) => ({ key: form.key, title: form.title, subject: form.subject, inputs: this.services.specs(form.inputs ?? []) })),
      processes: processes.sort((a, b) => a.key.localeCompare(b.key)),
      startVariables: this.startVariables.all(),
    };
  }

  private roles() {
    return ROLE_KEYS.map((key) => ({ value: key, label: ROLES[key] }));
  }
}
