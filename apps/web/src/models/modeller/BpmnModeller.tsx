import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import LintModule from 'bpmn-js-bpmnlint';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import '@bpmn-io/element-template-chooser/dist/element-template-chooser.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import { Catalog } from '../model-api';
import { translate } from './dutch';
import { lintConfig } from './lint-config';
import { ParagraphPropertiesModule } from './paragraph-properties';
import './modeller.css';

/** A problem the checks in the canvas found, with the element's name as the policy owner sees it. */
export interface LintIssue {
  elementId: string;
  elementName: string;
  message: string;
  category: 'error' | 'warn';
}

export interface BpmnModellerHandle {
  xml(): Promise<string>;
  /** Selects an element and scrolls it into view, e.g. from the list of problems. */
  show(elementId: string): boolean;
  markProblems(elementIds: string[]): void;
}

interface Props {
  xml: string;
  catalog: Catalog;
  templates: unknown[];
  onChange(xml: string): void;
  onLint(issues: LintIssue[]): void;
  onError(error: Error): void;
}

type Element = { id: string; businessObject?: { name?: string } };

/**
 * The bpmn.io modeller with the Camunda 7 properties panel, the element templates the service generates
 * and the product's rules checking while the policy owner draws. Loaded only on the modeller page.
 */
export const BpmnModeller = forwardRef<BpmnModellerHandle, Props>(function BpmnModeller({ xml, catalog, templates, onChange, onLint, onError }, ref) {
  const canvas = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const modeler = useRef<Modeler | null>(null);
  const marked = useRef<string[]>([]);
  const callbacks = useRef({ onChange, onLint, onError });
  callbacks.current = { onChange, onLint, onError };

  useEffect(() => {
    const instance = new Modeler({
      container: canvas.current!,
      propertiesPanel: { parent: panel.current! },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule,
        ElementTemplatesPropertiesProviderModule,
        ParagraphPropertiesModule,
        ElementTemplateChooserModule,
        LintModule,
        { translate: ['value', translate] },
      ],
      moddleExtensions: { camunda: camundaModdle },
      elementTemplates: templates,
      linting: { bpmnlint: lintConfig(catalog), active: true },
    } as ConstructorParameters<typeof Modeler>[0]);
    modeler.current = instance;
    const registry = instance.get<{ get(id: string): Element | undefined }>('elementRegistry');
    const events = instance.get<{ on(event: string, fn: (e: any) => void): void }>('eventBus');
    events.on('commandStack.changed', () => {
      instance.saveXML({ format: true }).then(({ xml: changed }) => changed && callbacks.current.onChange(changed), () => undefined);
    });
    events.on('linting.completed', ({ issues }: { issues: Record<string, { id: string; message: string; category: 'error' | 'warn' }[]> }) => {
      const list = Object.values(issues)
        .flat()
        .map((issue) => ({ elementId: issue.id, elementName: registry.get(issue.id)?.businessObject?.name || issue.id, message: issue.message, category: issue.category }));
      callbacks.current.onLint(list);
    });
    instance.importXML(xml).then(
      () => instance.get<{ zoom(level: string): void }>('canvas').zoom('fit-viewport'),
      (err: Error) => callbacks.current.onError(new Error(`Het model kon niet worden geopend: ${err.message}`)),
    );
    return () => instance.destroy();
    // The modeller is made once per model it opens; the page gives it a new key to open another.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useImperativeHandle(ref, () => ({
    async xml() {
      const { xml: current } = await modeler.current!.saveXML({ format: true });
      return current!;
    },
    show(elementId) {
      const element = modeler.current!.get<{ get(id: string): Element | undefined }>('elementRegistry').get(elementId);
      if (!element) return false;
      modeler.current!.get<{ select(e: unknown): void }>('selection').select(element);
      modeler.current!.get<{ scrollToElement(e: unknown): void }>('canvas').scrollToElement(element);
      return true;
    },
    markProblems(elementIds) {
      const view = modeler.current!.get<{ addMarker(id: string, c: string): void; removeMarker(id: string, c: string): void }>('canvas');
      const registry = modeler.current!.get<{ get(id: string): unknown }>('elementRegistry');
      for (const id of marked.current) if (registry.get(id)) view.removeMarker(id, 'ap-marker-refused');
      marked.current = elementIds.filter((id) => registry.get(id));
      for (const id of marked.current) view.addMarker(id, 'ap-marker-refused');
    },
  }));

  return (
    <div className="ap-modeller">
      <div className="ap-modeller__canvas" ref={canvas} />
      <div className="ap-modeller__panel" ref={panel} aria-label="Eigenschappen van het gekozen element" role="region" />
    </div>
  );
});
