// @ts-check
const { describe } = require('../model');
const { citationOf, citationProblem, isStep } = require('../paragraphs');

/** Every step names the paragraph(s) of the protocol it implements, from the list of paragraphs. */
module.exports = function () {
  return {
    check(/** @type {any} */ node, /** @type {any} */ reporter) {
      if (!isStep(node)) return;
      const problem = citationProblem(citationOf(node));
      if (problem) reporter.report(node.id, `${describe(node)}: ${problem}`);
    },
  };
};
