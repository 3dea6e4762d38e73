// @ts-check
/**
 * Traceability: every step of a model names the paragraph(s) of the protocol it implements. Declared here
 * once, for the rule, the engine's parser, the modeller's properties panel and the README's table.
 */
const LIST = require('./protocol-paragraphs.json');

/** The Camunda extension property (`camunda:properties`) that holds the citation. */
const PARAGRAPH_PROPERTY = 'protocolParagraph';
/** Between the ids when a step implements several paragraphs; the ids themselves contain commas. */
const SEPARATOR = ';';

// Tasks of any kind and call activities do something; events wait for a date or a message; a gateway
// with more than one way out decides. Plain start and end events, merges and parallel splits do not.
const ACTIVITIES = ['bpmn:Task', 'bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:ReceiveTask', 'bpmn:ManualTask', 'bpmn:BusinessRuleTask', 'bpmn:ScriptTask', 'bpmn:CallActivity', 'bpmn:SubProcess'];
const EVENTS = ['bpmn:StartEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:BoundaryEvent', 'bpmn:EndEvent'];
const WAITING = ['bpmn:TimerEventDefinition', 'bpmn:MessageEventDefinition', 'bpmn:SignalEventDefinition', 'bpmn:ConditionalEventDefinition'];
const DECIDING = ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway', 'bpmn:ComplexGateway'];

/**
 * Whether a moddle element is a step that must cite the protocol.
 * @param {any} element
 */
function isStep(element) {
  const type = element?.$type;
  if (ACTIVITIES.includes(type)) return true;
  if (EVENTS.includes(type)) return (element.eventDefinitions ?? []).some((/** @type {any} */ d) => WAITING.includes(d.$type));
  if (DECIDING.includes(type)) return (element.outgoing ?? []).length > 1;
  return false;
}

/**
 * The raw text of the element's citation, or undefined without one.
 * @param {any} element
 * @returns {string | undefined}
 */
function citationOf(element) {
  for (const values of (element?.extensionElements?.values ?? []).filter((/** @type {any} */ v) => v.$type === 'camunda:Properties')) {
    const property = (values.values ?? []).find((/** @type {any} */ p) => p.name === PARAGRAPH_PROPERTY);
    if (property) return property.value ?? '';
  }
  return undefined;
}

/** @param {string | undefined} text @returns {string[]} */
function splitCitation(text) {
  return (text ?? '').split(SEPARATOR).map((id) => id.trim()).filter(Boolean);
}

/**
 * The paragraph ids a moddle element cites, in its order.
 * @param {any} element
 */
function paragraphsOf(element) {
  return splitCitation(citationOf(element));
}

/**
 * What is wrong with a citation as written, in Dutch, or null: empty, or an id that is not in the list.
 * @param {string | undefined} text
 */
function citationProblem(text) {
  const ids = splitCitation(text);
  if (!ids.length) return 'Noem de paragraaf van het protocol die deze stap uitvoert, bv. "5.3 B, 2e keer".';
  const unknown = ids.filter((id) => !LIST.paragraphs.some((/** @type {any} */ p) => p.id === id));
  if (unknown.length) return `${unknown.map((id) => `"${id}"`).join(', ')} staat niet in de lijst van paragrafen (protocol-paragraphs.json); scheid meerdere met "${SEPARATOR}".`;
  return null;
}

module.exports = { PARAGRAPH_PROPERTY, SEPARATOR, PARAGRAPHS: LIST, isStep, citationOf, paragraphsOf, citationProblem };
