// @ts-check
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const { dutchMessage } = require('./messages');
const CATALOG_RULES = require('./catalog-rules');

/**
 * Lints a parsed model (bpmn-moddle's root element) with the recommended configuration and `catalog`,
 * as the service's deploy check does. Each problem with its element and a Dutch message.
 * @param {any} definitions
 * @param {import('./index').Catalog} catalog
 * @returns {Promise<{ elementId: string | null, message: string, category: string }[]>}
 */
async function lintModel(definitions, catalog) {
  const config = {
    extends: 'plugin:agressieprotocol/recommended',
    rules: Object.fromEntries(CATALOG_RULES.map((rule) => [`agressieprotocol/${rule}`, ['error', { catalog }]])),
  };
  const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
  const reports = await linter.lint(definitions);
  return Object.entries(reports).flatMap(([rule, list]) =>
    list.map((/** @type {any} */ report) => ({ elementId: report.id ?? null, message: dutchMessage(rule, report.message), category: report.category })),
  );
}

module.exports = { lintModel };
