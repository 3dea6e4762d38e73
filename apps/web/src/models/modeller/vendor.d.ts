// The bpmn.io modeller's extensions ship no type declarations; they are bpmn-js modules, passed to it as they are.
declare module 'bpmn-js-properties-panel';
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform';
declare module 'bpmn-js-element-templates';
declare module '@bpmn-io/element-template-chooser';
declare module 'bpmn-js-bpmnlint';
declare module 'rollup-plugin-bpmnlint';
declare module '@bpmn-io/properties-panel';
