// @ts-check
const { catalogOf } = require('../catalog');
const { checkInputs } = require('../inputs');
const { describe } = require('../model');

/** Every service task names a topic a service provides, with the inputs that topic declares. */
module.exports = function (/** @type {any} */ config) {
  const catalog = catalogOf(config);
  return {
    check(/** @type {any} */ node, /** @type {any} */ reporter) {
      if (node.$type !== 'bpmn:ServiceTask') return;
      if (node.type !== 'external' || !node.topic) {
        reporter.report(node.id, `${describe(node)} heeft als implementatie "external" met een topic nodig.`);
        return;
      }
      const topic = catalog.topics.find((t) => t.topic === node.topic);
      if (!topic) {
        reporter.report(node.id, `${describe(node)} gebruikt topic "${node.topic}", dat geen dienst levert (bekend: ${catalog.topics.map((t) => t.topic).join(', ')}).`);
        return;
      }
      checkInputs(node, topic.inputs, reporter, true);
    },
  };
};
