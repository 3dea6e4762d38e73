// @ts-check
const { catalogOf } = require('../catalog');
const { checkInputs } = require('../inputs');
const { describe } = require('../model');

/** Every call activity calls a process that exists, with the inputs that process reads. */
module.exports = function (/** @type {any} */ config) {
  const catalog = catalogOf(config);
  return {
    check(/** @type {any} */ node, /** @type {any} */ reporter) {
      if (node.$type !== 'bpmn:CallActivity') return;
      if (!node.calledElement) {
        reporter.report(node.id, `${describe(node)} roept geen proces aan (calledElement ontbreekt).`);
        return;
      }
      const called = catalog.processes.find((p) => p.key === node.calledElement);
      if (!called) {
        reporter.report(node.id, `${describe(node)} roept proces "${node.calledElement}" aan, dat niet bestaat.`);
        return;
      }
      checkInputs(node, called.inputs, reporter, false);
    },
  };
};
