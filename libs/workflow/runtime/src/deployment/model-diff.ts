import { paragraphsOf } from 'bpmnlint-plugin-agressieprotocol/paragraphs';
import { describe, inputParametersOf, readModel } from '@ap/workflow-engine';

export interface DiffElement {
  id: string;
  /** As a policy owner reads it: kind and name, e.g. Gebruikerstaak "Incidentgesprek". */
  label: string;
}

export interface ChangedElement extends DiffElement {
  changes: { property: string; old: string; new: string }[];
}

export interface ModelDiff {
  added: DiffElement[];
  removed: DiffElement[];
  changed: ChangedElement[];
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * What a policy owner set on an element, by the Dutch name of the property, Camunda extension elements
 * included (each input parameter's value): the properties a difference between versions is told in.
 */
function propertiesOf(element: any): Record<string, string> {
  const facts: Record<string, string> = {
    Soort: describe({ $type: element.$type, id: element.id }),
    Naam: text(element.name),
    Documentatie: (element.documentation ?? []).map((d: any) => d.text).join('\n'),
    Topic: text(element.topic),
    Formulier: text(element.formKey),
    Rollen: text(element.candidateGroups),
    'Toegewezen aan': text(element.assignee),
    Termijn: text(element.dueDate),
    'Aangeroepen proces': text(element.calledElement),
    Van: text(element.sourceRef?.id),
    Naar: text(element.targetRef?.id),
    Voorwaarde: text(element.conditionExpression?.body),
    Standaardverbinding: text(element.default?.id),
    Protocolparagraaf: paragraphsOf(element).join('; '),
  };
  for (const definition of element.eventDefinitions ?? []) {
    if (definition.$type === 'bpmn:TimerEventDefinition') facts.Timer = text(definition.timeDuration?.body ?? definition.timeDate?.body);
  }
  try {
    for (const { name, value } of inputParametersOf(element)) facts[`Invoer ${name}`] = text(value);
  } catch {
    facts.Invoer = 'niet te lezen';
  }
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== ''));
}

function elementsOf(definitions: any): Map<string, any> {
  const found = new Map<string, any>();
  const walk = (container: any) => {
    for (const element of container.flowElements ?? []) {
      found.set(element.id, element);
      walk(element);
    }
  };
  for (const process of (definitions.rootElements ?? []).filter((e: any) => e.$type === 'bpmn:Process')) {
    found.set(process.id, process);
    walk(process);
  }
  return found;
}

const labelOf = (element: any): DiffElement => ({ id: element.id, label: describe(element) });

/** The difference from version `oldXml` to version `newXml`: what the newer one adds, removes and changes. */
export async function diffModels(oldXml: string, newXml: string): Promise<ModelDiff> {
  const [before, after] = await Promise.all([readModel('oud', oldXml), readModel('nieuw', newXml)]);
  const old = elementsOf(before.rootElement);
  const current = elementsOf(after.rootElement);
  const changed: ChangedElement[] = [];
  for (const [id, element] of current) {
    const earlier = old.get(id);
    if (!earlier) continue;
    const was = propertiesOf(earlier);
    const is = propertiesOf(element);
    const changes = [...new Set([...Object.keys(was), ...Object.keys(is)])]
      .filter((property) => (was[property] ?? '') !== (is[property] ?? ''))
      .map((property) => ({ property, old: was[property] ?? '', new: is[property] ?? '' }));
    if (changes.length) changed.push({ ...labelOf(element), changes });
  }
  return {
    added: [...current.values()].filter((e) => !old.has(e.id)).map(labelOf),
    removed: [...old.values()].filter((e) => !current.has(e.id)).map(labelOf),
    changed,
  };
}
