import { Injectable } from '@nestjs/common';
import { DefinitionError, DefinitionProblem, parseDefinition, ParsedDefinition, readModel } from '@ap/workflow-engine';
import { lintModel } from 'bpmnlint-plugin-agressieprotocol/lint';
import { ModelCatalog } from '../declarations/model-catalog';

export type CheckedModel = { definition: ParsedDefinition; problems: [] } | { definition: null; problems: DefinitionProblem[]; key: string | null };

/**
 * The checks a model passes before it runs, the same at start-up and for a deploy from the browser:
 * what the engine needs (parse, FEEL, no scripts) and the product's bpmnlint rules with the catalog of
 * topics, forms, roles, letter codes and the processes it may call, which the modeller runs too.
 */
@Injectable()
export class ModelChecks {
  constructor(private readonly catalog: ModelCatalog) {}

  /** Every problem of `xml`, checked against `others`: the other models as they will be deployed. */
  async check(name: string, xml: string, others: ParsedDefinition[]): Promise<CheckedModel> {
    let model;
    try {
      model = await readModel(name, xml);
    } catch (err) {
      if (err instanceof DefinitionError) return { definition: null, problems: err.problems, key: null };
      throw err;
    }
    let definition: ParsedDefinition | null = null;
    const problems: DefinitionProblem[] = [];
    let key: string | null = null;
    try {
      definition = await parseDefinition(name, xml, model);
      key = definition.key;
    } catch (err) {
      if (!(err instanceof DefinitionError)) throw err;
      problems.push(...err.problems);
      key = err.key;
    }
    const models = [...others.filter((other) => other.key !== key), ...(definition ? [definition] : [])];
    const lint = await lintModel(model.rootElement, this.catalog.build(models));
    problems.push(...lint.filter((p) => p.category === 'error').map(({ elementId, message }) => ({ elementId, message })));
    return definition && !problems.length ? { definition, problems: [] } : { definition: null, problems: dedupe(problems), key };
  }
}

function dedupe(problems: DefinitionProblem[]): DefinitionProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.elementId}\n${p.message}`;
    return !seen.has(id) && !!seen.add(id);
  });
}
