// The workspace's one rule configuration, compiled into the bundle by rollup-plugin-bpmnlint.
// eslint-disable-next-line @nx/enforce-module-boundaries
import bundled from '../../../../../.bpmnlintrc';
import { dutchMessage } from 'bpmnlint-plugin-agressieprotocol/messages';
import catalogRules from 'bpmnlint-plugin-agressieprotocol/catalog-rules';
import { Catalog } from '../model-api';

// The product's rules that check against the catalog: they get the service's, with today's letter codes and the other models' start rules.
const CATALOG_RULES = catalogRules.map((rule) => `agressieprotocol/${rule}`);

interface Reporter {
  report(id: string, message: string, path?: unknown): void;
}
interface Rule {
  check(node: unknown, reporter: Reporter): void;
}

/**
 * The rules of .bpmnlintrc, the same the service's deploy check and the command line run, for the modeller:
 * with the service's catalog, and bpmnlint's own messages in Dutch.
 */
export function lintConfig(catalog: Catalog) {
  const rules = Object.fromEntries(Object.entries(bundled.config.rules).map(([name, value]) => [name, CATALOG_RULES.includes(name) ? ['error', { catalog }] : value]));
  const resolver = {
    resolveRule(pkg: string, ruleName: string) {
      const factory = bundled.resolver.resolveRule(pkg, ruleName) as (config: unknown) => Rule;
      return (config: unknown) => {
        const rule = factory(config);
        return { ...rule, check: (node: unknown, reporter: Reporter) => rule.check(node, { report: (id, message, path) => reporter.report(id, dutchMessage(ruleName, message), path) }) };
      };
    },
    resolveConfig: bundled.resolver.resolveConfig.bind(bundled.resolver),
  };
  return { config: { rules }, resolver };
}
