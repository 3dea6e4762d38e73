// .bpmnlintrc compiled by rollup-plugin-bpmnlint: its rules, bundled, and a resolver for them.
declare module '*.bpmnlintrc' {
  const bundle: {
    config: { rules: Record<string, unknown> };
    resolver: { resolveRule(pkg: string, ruleName: string): unknown; resolveConfig(pkg: string, name: string): unknown };
  };
  export default bundle;
}
