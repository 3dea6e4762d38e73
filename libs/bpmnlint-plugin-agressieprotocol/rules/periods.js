// @ts-check
const { describe } = require('../model');
const { isFeel, isIsoDateTime, isIsoDuration } = require('../values');

/** Every timer and due date written as a value parses: an ISO 8601 duration or date-time. */
module.exports = function () {
  return {
    check(/** @type {any} */ node, /** @type {any} */ reporter) {
      const where = describe(node);
      const due = node.$type === 'bpmn:UserTask' ? node.dueDate : undefined;
      if (due && !isFeel(due) && !isIsoDuration(due) && !isIsoDateTime(due)) {
        reporter.report(node.id, `${where}: de termijn "${due}" is geen ISO 8601-duur (P2D) en geen datum-tijd.`);
      }
      for (const definition of node.eventDefinitions ?? []) {
        if (definition.$type !== 'bpmn:TimerEventDefinition') continue;
        const duration = definition.timeDuration?.body;
        const date = definition.timeDate?.body;
        if (!duration && !date && !definition.timeCycle) reporter.report(node.id, `${where}: de timer heeft een timeDate of timeDuration nodig.`);
        if (duration && !isFeel(duration) && !isIsoDuration(duration)) reporter.report(node.id, `${where}: de duur "${duration}" is geen ISO 8601-duur zoals PT30M of P2D.`);
        if (date && !isFeel(date) && !isIsoDateTime(date)) reporter.report(node.id, `${where}: het tijdstip "${date}" is geen ISO 8601-datum-tijd.`);
      }
    },
  };
};
