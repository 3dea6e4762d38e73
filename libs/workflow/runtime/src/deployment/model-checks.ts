import { Injectable } from '@nestjs/common';
import { ROLE_KEYS } from '@ap/common';
import { DefinitionError, DefinitionProblem, parseDefinition, ParsedDefinition } from '@ap/workflow-engine';
import { FormRegistry } from '../forms/form-registry';
import { WorkflowServices } from '../run-scope';

export type CheckedModel = { definition: ParsedDefinition; problems: [] } | { definition: null; problems: DefinitionProblem[]; key: string | null };

/**
 * The checks a model passes before it runs, the same at start-up and for a deploy from the browser:
 * parse, topics, forms, roles, FEEL, ISO durations and the processes it calls.
 */
@Injectable()
export class ModelChecks {
  constructor(
    private readonly services: WorkflowServices,
    private readonly forms: FormRegistry,
  ) {}

  /** Every problem of `xml` on its own; the processes it calls are checked by `callProblems`. */
  async check(name: string, xml: string): Promise<CheckedModel> {
    try {
      const definition = await parseDefinition(name, xml, {
        knownTopics: this.services.topics(),
        knownGroups: [...ROLE_KEYS],
        knownForms: this.forms.keys(),
        durationInputs: this.services.durationInputs(),
      });
      return { definition, problems: [] };
    } catch (err) {
      if (!(err instanceof DefinitionError)) throw err;
      return { definition: null, problems: err.problems, key: err.key };
    }
  }

  /** The call activities of `definition` that call a process that is neither deployed nor being deployed. */
  callProblems(definition: ParsedDefinition, processExists: (key: string) => boolean): DefinitionProblem[] {
    return definition.flow
      .filter((node) => node.calledElement && !processExists(node.calledElement))
      .map((node) => ({ elementId: node.id, message: `Aanroep "${node.name}" roept proces "${node.calledElement}" aan, dat niet bestaat.` }));
  }
}
