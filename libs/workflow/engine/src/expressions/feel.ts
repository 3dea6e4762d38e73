import { evaluate, parseExpression } from 'feelin';

/**
 * Models write conditions and computed attributes in FEEL, marked by a leading "=" as in Camunda 8:
 * `= behaviour = "threat"`. FEEL has no access to the host, so policy owners can edit it safely.
 */
export function isFeel(text: unknown): text is string {
  return typeof text === 'string' && text.trimStart().startsWith('=');
}

export function feelBody(text: string): string {
  return text.trimStart().slice(1).trim();
}

/** Evaluates a FEEL expression and turns FEEL temporal values into plain JavaScript. */
export function evaluateFeel(text: string, context: Record<string, unknown>): unknown {
  return toPlain(evaluate(feelBody(text), context));
}

/** Returns a message for a FEEL syntax error, or null when the expression parses. */
export function feelSyntaxError(text: string): string | null {
  try {
    const tree = parseExpression(feelBody(text));
    let error: string | null = null;
    tree.iterate({
      enter(node: { type: { isError: boolean }; from: number }) {
        if (node.type.isError && !error) error = `schrijffout op positie ${node.from + 1}`;
      },
    });
    return error;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * The variables a FEEL expression reads: its names, without the functions it calls and the properties
 * it reads of a variable (`on_site_steps.outcome` reads `on_site_steps`). Names bound inside the
 * expression (`for x in …`) count as read too.
 */
export function feelVariables(text: string): string[] {
  const body = feelBody(text);
  const names = new Set<string>();
  parseExpression(body).iterate({
    enter(ref: { type: { name: string }; node: SyntaxNode }) {
      if (ref.type.name !== 'VariableName') return;
      const node = ref.node;
      const parent = node.parent;
      if (parent?.type.name === 'FunctionInvocation' && parent.firstChild?.from === node.from && parent.firstChild?.to === node.to) return;
      if (parent?.type.name === 'PathExpression' && parent.firstChild?.from !== node.from) return;
      names.add(body.slice(node.from, node.to));
    },
  });
  return [...names];
}

interface SyntaxNode {
  from: number;
  to: number;
  type: { name: string };
  parent: SyntaxNode | null;
  firstChild: SyntaxNode | null;
}

function toPlain(value: unknown): unknown {
  if (value && typeof value === 'object') {
    const v = value as { isLuxonDateTime?: boolean; toJSDate?: () => Date; isLuxonDuration?: boolean; toISO?: () => string };
    if (v.isLuxonDateTime && v.toJSDate) return v.toJSDate();
    if (v.isLuxonDuration && v.toISO) return v.toISO();
    if (Array.isArray(value)) return value.map(toPlain);
  }
  return value;
}
