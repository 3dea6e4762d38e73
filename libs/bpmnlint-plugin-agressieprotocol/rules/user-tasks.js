// @ts-check
const { catalogOf } = require('../catalog');
const { checkInputs } = require('../inputs');
const { describe } = require('../model');
const { isFeel, listOf } = require('../values');

/** Every user task is for roles that exist and names a form that exists, with the inputs that form declares. */
module.exports = function (/** @type {any} */ config) {
  const catalog = catalogOf(config);
  return {
    check(/** @type {any} */ node, /** @type {any} */ reporter) {
      if (node.$type !== 'bpmn:UserTask') return;
      const where = describe(node);
      const groups = node.candidateGroups;
      if (!isFeel(groups)) {
        const roles = groups ? listOf(groups) : [];
        if (!roles.length) reporter.report(node.id, `${where} heeft geen rol (candidateGroups).`);
        for (const role of roles.filter((r) => !catalog.roles.some((known) => known.value === r))) {
          reporter.report(node.id, `${where} noemt rol "${role}", die niet bestaat (bekend: ${catalog.roles.map((r) => r.value).join(', ')}).`);
        }
      }
      const key = node.formKey || 'confirmation';
      const form = catalog.forms.find((f) => f.key === key);
      if (!form) {
        reporter.report(node.id, `${where} gebruikt formulier "${key}", dat niet bestaat (bekend: ${catalog.forms.map((f) => f.key).join(', ')}).`);
        return;
      }
      checkInputs(node, form.inputs, reporter, false);
    },
  };
};
