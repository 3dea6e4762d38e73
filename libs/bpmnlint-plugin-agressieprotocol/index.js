// The product's rules, run in three places from this one package: the modeller in the browser
// (bpmn-js-bpmnlint), `npx bpmnlint processes/*.bpmn` (.bpmnlintrc) and the service's deploy check.
// Plain CommonJS because bpmnlint resolves rules by requiring them from node_modules.
module.exports = {
  configs: {
    // bpmnlint's recommended rules and the product's own: what every model must pass.
    recommended: {
      extends: 'bpmnlint:recommended',
      rules: {
        'service-tasks': 'error',
        'user-tasks': 'error',
        'called-processes': 'error',
        periods: 'error',
        'start-rules': 'error',
        // A warning: a policy owner may try a step out before its paragraph is settled; the delivered
        // models carry one for every step (test/models/traceability.spec.ts).
        'protocol-paragraphs': 'warn',
      },
    },
  },
};
