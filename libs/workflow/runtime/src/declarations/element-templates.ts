import { Catalog, InputSpec } from '@ap/workflow-engine';

/** A Camunda 7 element template, as the modeller's template chooser and properties panel read it. */
export interface ElementTemplate {
  $schema: string;
  id: string;
  name: string;
  description?: string;
  version: number;
  appliesTo: string[];
  category?: { id: string; name: string };
  groups: { id: string; label: string }[];
  properties: Record<string, unknown>[];
}

// The template's fields in one group of the properties panel, named for what the policy owner sets there.
const GROUPS = [{ id: 'settings', label: 'Instellingen van deze stap' }];
const inGroup = (properties: Record<string, unknown>[]) => properties.map((p) => (p.type === 'Hidden' ? p : { ...p, group: 'settings' }));

const SCHEMA = 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json';
// The same values the product's rules accept: ISO 8601 durations, or a FEEL expression.
const DURATION = '^(=.*|P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?)$';

function inputProperty(input: InputSpec): Record<string, unknown> {
  const binding = { type: 'camunda:inputParameter', name: input.name };
  const base = { label: input.label, description: input.description, binding };
  const notEmpty = input.required ? { notEmpty: true } : {};
  if (input.kind === 'choice' && input.choices?.length) {
    return { ...base, type: 'Dropdown', value: input.required ? input.choices[0].value : undefined, choices: [...(input.required ? [] : [{ name: '(geen)', value: '' }]), ...input.choices.map((c) => ({ name: `${c.label} (${c.value})`, value: c.value }))] };
  }
  const pattern =
    input.kind === 'duration'
      ? { value: DURATION, message: `Geef een ISO 8601-duur, bijvoorbeeld ${input.example ?? 'P6M'}.` }
      : input.kind === 'pattern' && input.pattern
        ? { value: `^(=.*|${input.pattern})$`, message: `Bijvoorbeeld ${input.example}.` }
        : input.kind === 'choices' && input.choices?.length
          ? { value: `^(=.*|(${input.choices.map((c) => c.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(,(${input.choices.map((c) => c.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}))*)$`, message: `Kies uit: ${input.choices.map((c) => c.value).join(', ')}, gescheiden door komma's.` }
          : undefined;
  const description = input.kind === 'choices' && input.choices ? `${input.description ?? ''} Kies uit: ${input.choices.map((c) => c.value).join(', ')}.`.trim() : input.description;
  return { ...base, description, type: 'String', constraints: { ...notEmpty, ...(pattern ? { pattern } : {}) } };
}

/**
 * The modeller's element templates, generated from the catalog so that a policy owner picks rather than
 * types: one per service-task topic (its inputs, durations as durations, roles and letters as choices),
 * one per form for user tasks (the roles as a choice, the due date, the form's inputs), and one per
 * process a call activity may call (the letter call with its letter codes and signing roles).
 */
export function elementTemplates(catalog: Catalog): ElementTemplate[] {
  const roles = catalog.roles.map((r) => ({ name: `${r.label} (${r.value})`, value: r.value }));
  return [
    ...catalog.topics.map((topic) => ({
      $schema: SCHEMA,
      id: `agressieprotocol.topic.${topic.topic}`,
      name: topic.title,
      description: topic.description,
      version: 1,
      appliesTo: ['bpmn:ServiceTask'],
      category: { id: 'topics', name: 'Servicetaken' },
      groups: GROUPS,
      properties: inGroup([
        { type: 'Hidden', value: 'external', binding: { type: 'property', name: 'camunda:type' } },
        { type: 'Hidden', value: topic.topic, binding: { type: 'property', name: 'camunda:topic' } },
        ...topic.inputs.map(inputProperty),
      ]),
    })),
    ...catalog.forms.map((form) => ({
      $schema: SCHEMA,
      id: `agressieprotocol.form.${form.key}`,
      name: form.title,
      description: `Gebruikerstaak met het formulier "${form.key}"`,
      version: 1,
      appliesTo: ['bpmn:UserTask'],
      category: { id: 'forms', name: 'Gebruikerstaken' },
      groups: GROUPS,
      properties: inGroup([
        { type: 'Hidden', value: form.key, binding: { type: 'property', name: 'camunda:formKey' } },
        { label: 'Voor de rol', type: 'Dropdown', value: roles[0]?.value, choices: roles, binding: { type: 'property', name: 'camunda:candidateGroups' } },
        { label: 'Termijn', description: 'ISO 8601-duur vanaf het klaarzetten, bv. P2D, of een FEEL-datum-tijd', type: 'String', binding: { type: 'property', name: 'camunda:dueDate' }, constraints: { pattern: { value: DURATION, message: 'Geef een ISO 8601-duur, bijvoorbeeld P2D.' } } },
        ...form.inputs.map(inputProperty),
      ]),
    })),
    ...catalog.processes
      .filter((process) => process.inputs.length)
      .map((process) => ({
        $schema: SCHEMA,
        id: `agressieprotocol.call.${process.key}`,
        name: `Aanroep: ${process.name}`,
        version: 1,
        appliesTo: ['bpmn:CallActivity'],
        category: { id: 'calls', name: 'Deelprocessen' },
        groups: GROUPS,
        properties: inGroup([{ type: 'Hidden', value: process.key, binding: { type: 'property', name: 'calledElement' } }, ...process.inputs.map(inputProperty)]),
      })),
  ];
}
