// @ts-check
/**
 * Start rules: which cases start a process. A top-level start event carries one or more Camunda
 * extension properties named `start bij`, each a rule such as
 * `channel=counter; behaviour=violence; category=III`: the case starts this process when every variable
 * the rule names has one of the values listed (comma-separated); a variable the rule does not name may
 * have any value. The service picks the one process whose rule matches a new case; the deploy check and
 * the modeller refuse rules that name unknown variables or values, or that overlap another model's.
 */

const START_PROPERTY = 'start bij';

/** @typedef {Record<string, string[]>} StartRule */

/**
 * @param {string} text
 * @returns {{ rule: StartRule, error: null } | { rule: null, error: string }}
 */
function parseStartRule(text) {
  /** @type {StartRule} */
  const rule = {};
  const parts = String(text ?? '').split(';').map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return { rule: null, error: 'is leeg; schrijf bijvoorbeeld "channel=counter; behaviour=violence".' };
  for (const part of parts) {
    const match = /^([A-Za-z][\w-]*)\s*=\s*(.+)$/.exec(part);
    if (!match) return { rule: null, error: `"${part}" is geen "naam=waarde"; schrijf bijvoorbeeld "channel=counter; behaviour=violence".` };
    const [, name, list] = match;
    if (rule[name]) return { rule: null, error: `noemt "${name}" twee keer.` };
    const values = list.split(',').map((v) => v.trim()).filter(Boolean);
    if (!values.length) return { rule: null, error: `geeft geen waarde voor "${name}".` };
    rule[name] = values;
  }
  return { rule, error: null };
}

/**
 * The start rules of a process's own start events, as written, with the start event they are on.
 * @param {any} process a bpmn-moddle bpmn:Process
 * @returns {{ elementId: string, text: string }[]}
 */
function startRuleTexts(process) {
  return (process?.flowElements ?? [])
    .filter((/** @type {any} */ e) => e.$type === 'bpmn:StartEvent')
    .flatMap((/** @type {any} */ event) =>
      (event.extensionElements?.values ?? [])
        .filter((/** @type {any} */ v) => v.$type === 'camunda:Properties')
        .flatMap((/** @type {any} */ p) => p.values ?? [])
        .filter((/** @type {any} */ p) => p.name === START_PROPERTY)
        .map((/** @type {any} */ p) => ({ elementId: event.id, text: p.value ?? '' })),
    );
}

/**
 * Whether a case with these variables matches the rule.
 * @param {StartRule} rule @param {Record<string, unknown>} variables
 */
function matchesStartRule(rule, variables) {
  return Object.entries(rule).every(([name, values]) => values.includes(String(variables[name])));
}

/**
 * The cases both rules match, as a rule, or null when there are none.
 * @param {StartRule} a @param {StartRule} b @returns {StartRule | null}
 */
function overlapOf(a, b) {
  /** @type {StartRule} */
  const both = {};
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const values = !a[name] ? b[name] : !b[name] ? a[name] : a[name].filter((v) => b[name].includes(v));
    if (!values.length) return null;
    both[name] = values;
  }
  return both;
}

/**
 * A rule in Dutch, with the labels of the variables and values: "kanaal: telefonische agressie; gedrag: bedreiging".
 * @param {StartRule} rule @param {import('./index').StartVariable[]} variables
 */
function describeStartRule(rule, variables) {
  return Object.entries(rule)
    .map(([name, values]) => {
      const variable = variables.find((v) => v.name === name);
      const labels = values.map((value) => variable?.choices.find((c) => c.value === value)?.label ?? value);
      return `${variable?.label ?? name}: ${labels.join(' of ')}`;
    })
    .join('; ');
}

module.exports = { START_PROPERTY, parseStartRule, startRuleTexts, matchesStartRule, overlapOf, describeStartRule };
