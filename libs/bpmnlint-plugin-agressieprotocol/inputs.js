// @ts-check
const { inputParameters, describe } = require('./model');
const { valueProblem } = require('./values');

/**
 * Reports each declared input of `element` that is missing or has a value its type refuses; with
 * `strict`, also each input the declaration does not know (a service task reads only its own).
 * @param {any} element
 * @param {import('./index').InputSpec[]} specs
 * @param {{ report(id: string, message: string): void }} reporter
 * @param {boolean} strict
 */
function checkInputs(element, specs, reporter, strict) {
  const where = describe(element);
  const given = inputParameters(element);
  for (const spec of specs) {
    const problem = valueProblem(spec, given.find((p) => p.name === spec.name)?.value);
    if (problem) reporter.report(element.id, `${where}: ${problem}`);
  }
  if (!strict) return;
  for (const { name } of given.filter((p) => !specs.some((s) => s.name === p.name))) {
    reporter.report(element.id, `${where}: invoer "${name}" wordt niet gebruikt (bekend: ${specs.map((s) => s.name).join(', ') || 'geen'}).`);
  }
}

module.exports = { checkInputs };
