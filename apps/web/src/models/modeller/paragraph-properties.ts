// The properties panel's field for the paragraph of the protocol a step carries out. The property, what
// counts as a step and which paragraphs exist are declared once in the bpmnlint plugin.
import { h } from '@bpmn-io/properties-panel/preact';
import { isTextFieldEntryEdited, TextFieldEntry } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { citationOf, citationProblem, isStep, PARAGRAPH_PROPERTY } from 'bpmnlint-plugin-agressieprotocol/paragraphs';

interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  $instanceOf(type: string): boolean;
  get(name: string): any;
  [key: string]: any;
}
interface Shape {
  businessObject: ModdleElement;
}
interface Factory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}
type Command = { cmd: string; context: Record<string, unknown> };

/** The commands that write `value` into the element's camunda:property, creating what is missing; empty removes it. */
function citationCommands(element: Shape, value: string, factory: Factory): Command[] {
  const owner = element.businessObject;
  const update = (moddleElement: ModdleElement, properties: Record<string, unknown>): Command => ({ cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } });
  const create = (type: string, attrs: Record<string, unknown>, parent: ModdleElement) => Object.assign(factory.create(type, attrs), { $parent: parent });
  const commands: Command[] = [];
  let extensions: ModdleElement | undefined = owner.get('extensionElements');
  const list: ModdleElement | undefined = extensions?.get('values').find((v: ModdleElement) => v.$instanceOf('camunda:Properties') && v.get('values').some((p: ModdleElement) => p.name === PARAGRAPH_PROPERTY));
  const property: ModdleElement | undefined = list?.get('values').find((p: ModdleElement) => p.name === PARAGRAPH_PROPERTY);
  if (property && list) return [value ? update(property, { value }) : update(list, { values: list.get('values').filter((p: ModdleElement) => p !== property) })];
  if (!value) return [];
  if (!extensions) {
    extensions = create('bpmn:ExtensionElements', { values: [] }, owner);
    commands.push(update(owner, { extensionElements: extensions }));
  }
  let properties: ModdleElement | undefined = extensions.get('values').find((v: ModdleElement) => v.$instanceOf('camunda:Properties'));
  if (!properties) {
    properties = create('camunda:Properties', { values: [] }, extensions);
    commands.push(update(extensions, { values: [...extensions.get('values'), properties] }));
  }
  commands.push(update(properties, { values: [...properties.get('values'), create('camunda:Property', { name: PARAGRAPH_PROPERTY, value }, properties)] }));
  return commands;
}

function ParagraphEntry({ element, id }: { element: Shape; id: string }) {
  const commandStack = useService('commandStack');
  const factory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  return h(TextFieldEntry, {
    element,
    id,
    label: 'Protocolparagraaf',
    description: 'De paragraaf van het protocol die deze stap uitvoert, bv. "5.3 B, 2e keer"; meerdere gescheiden door ";".',
    getValue: () => citationOf(element.businessObject) ?? '',
    setValue: (value: string) => commandStack.execute('properties-panel.multi-command-executor', citationCommands(element, (value ?? '').trim(), factory)),
    // Only a step must name one (as the checks say); any other element may, if what it names exists.
    validate: (value: string) => (value?.trim() || isStep(element.businessObject) ? citationProblem(value) : null),
    debounce,
  });
}

class ParagraphPropertiesProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: { registerProvider(priority: number, provider: unknown): void }) {
    propertiesPanel.registerProvider(300, this);
  }

  /** A group "Protocol" right after the general one, open, on every flow node: the checks say which must have it. */
  getGroups(element: Shape) {
    return (groups: unknown[]) => {
      if (!element.businessObject?.$instanceOf('bpmn:FlowNode')) return groups;
      const group = { id: 'protocol', label: 'Protocol', shouldOpen: true, entries: [{ id: 'protocolParagraph', component: ParagraphEntry, isEdited: isTextFieldEntryEdited }] };
      return [...groups.slice(0, 1), group, ...groups.slice(1)];
    };
  }
}

/** The bpmn-js module that adds the field to the properties panel. */
export const ParagraphPropertiesModule = {
  __init__: ['paragraphPropertiesProvider'],
  paragraphPropertiesProvider: ['type', ParagraphPropertiesProvider],
};
