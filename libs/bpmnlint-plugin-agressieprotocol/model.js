// @ts-check
/** Reads the Camunda attributes of a moddle element, as the rules need them. */

/** @param {any} element @returns {{ name: string, value: unknown }[]} */
function inputParameters(element) {
  const io = (element?.extensionElements?.values ?? []).find((/** @type {any} */ v) => v.$type === 'camunda:InputOutput');
  return (io?.inputParameters ?? []).map((/** @type {any} */ p) => ({ name: p.name, value: parameterValue(p) }));
}

/** @param {any} parameter */
function parameterValue(parameter) {
  const definition = parameter.definition;
  if (!definition) return parameter.value ?? '';
  if (definition.$type === 'camunda:List') return (definition.items ?? []).map((/** @type {any} */ i) => i.value ?? '');
  if (definition.$type === 'camunda:Map') return Object.fromEntries((definition.entries ?? []).map((/** @type {any} */ e) => [e.key, e.value ?? '']));
  return '';
}

/** @param {any} element */
function describe(element) {
  const kinds = /** @type {Record<string, string>} */ ({
    'bpmn:ServiceTask': 'Servicetaak',
    'bpmn:UserTask': 'Gebruikerstaak',
    'bpmn:CallActivity': 'Aanroep',
    'bpmn:IntermediateCatchEvent': 'Tussengebeurtenis',
    'bpmn:BoundaryEvent': 'Randgebeurtenis',
    'bpmn:StartEvent': 'Startgebeurtenis',
    'bpmn:ExclusiveGateway': 'Keuze',
  });
  const kind = kinds[element.$type] ?? String(element.$type).replace('bpmn:', '');
  return element.name ? `${kind} "${element.name}"` : kind;
}

module.exports = { inputParameters, describe };
