// @ts-check
const { catalogOf } = require('../catalog');
const { describe } = require('../model');
const { describeStartRule, overlapOf, parseStartRule, START_PROPERTY, startRuleTexts } = require('../start-rules');

/**
 * Every start rule (see start-rules.js) is well-formed, names only the start variables of the catalog and
 * their values, and matches no case that a rule of this model or of another model already starts.
 */
module.exports = function (/** @type {any} */ config) {
  const catalog = catalogOf(config);
  const variables = catalog.startVariables ?? [];
  return {
    check(/** @type {any} */ node, /** @type {any} */ reporter) {
      if (node.$type !== 'bpmn:Process') return;
      /** @type {{ elementId: string, rule: import('../start-rules').StartRule }[]} */
      const own = [];
      for (const { elementId, text } of startRuleTexts(node)) {
        const element = node.flowElements.find((/** @type {any} */ e) => e.id === elementId);
        const where = `${describe(element)}: "${START_PROPERTY} ${text}"`;
        const { rule, error } = parseStartRule(text);
        if (!rule) {
          reporter.report(elementId, `${where} ${error}`);
          continue;
        }
        const unknown = Object.entries(rule).flatMap(([name, values]) => {
          const variable = variables.find((v) => v.name === name);
          if (!variable) return [`"${name}" is geen gegeven van een melding (kies uit ${variables.map((v) => `${v.name} (${v.label})`).join(', ')})`];
          const wrong = values.filter((value) => !variable.choices.some((c) => c.value === value));
          return wrong.length ? [`${variable.label} "${wrong.join('", "')}" bestaat niet (kies uit ${variable.choices.map((c) => `${c.value} (${c.label})`).join(', ')})`] : [];
        });
        if (unknown.length) {
          reporter.report(elementId, `${where}: ${unknown.join('; ')}.`);
          continue;
        }
        const clashes = [
          ...own.filter((o) => overlapOf(o.rule, rule)).map((o) => ({ name: 'een andere regel van dit model', overlap: overlapOf(o.rule, rule) })),
          ...(catalog.processes ?? [])
            .filter((p) => p.key !== node.id)
            .flatMap((p) => (p.starts ?? []).map((other) => ({ name: `model "${p.name}"`, overlap: overlapOf(other, rule) })))
            .filter((c) => c.overlap),
        ];
        for (const clash of clashes) {
          reporter.report(elementId, `${where}: een melding met ${describeStartRule(/** @type {any} */ (clash.overlap), variables)} start ook ${clash.name}; elke melding mag maar één protocol starten.`);
        }
        own.push({ elementId, rule });
      }
    },
  };
};
