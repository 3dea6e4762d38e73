import { Environment } from 'bpmn-elements';
import { evaluateFeel, isFeel } from './feel';

/**
 * The engine's expression handler: FEEL for "=…" expressions, bpmn-engine's own `${…}` syntax otherwise.
 * The FEEL context is the instance's variables.
 */
export function createExpressions() {
  // bpmn-elements does not export its default handler; a bare environment carries it.
  const fallback = new Environment().expressions as any;
  return {
    resolveExpression(expression: string, context: any, fnContext?: unknown) {
      if (isFeel(expression)) return evaluateFeel(expression, context?.environment?.variables ?? {});
      return fallback.resolveExpression(expression, context, fnContext);
    },
    isExpression(text: string) {
      return isFeel(text) || fallback.isExpression(text);
    },
    hasExpression(text: string) {
      return isFeel(text) || fallback.hasExpression(text);
    },
  };
}
