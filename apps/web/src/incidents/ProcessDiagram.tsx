import { useEffect, useRef, useState } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { formatDate } from '../common/dutch-dates';
import { ErrorAlert } from '../common/ErrorAlert';
import { DiagramInstance, IncidentDiagram } from './incident-api';
import { processStatusText } from './process-status';
import './process-diagram.css';

const MARKERS = [
  { key: 'done', className: 'ap-marker-done', label: 'Afgerond' },
  { key: 'waiting', className: 'ap-marker-waiting', label: 'Wacht' },
  { key: 'overdue', className: 'ap-marker-overdue', label: 'Wacht, te laat' },
  { key: 'failed', className: 'ap-marker-failed', label: 'Mislukt' },
] as const;

/**
 * The incident's process diagrams (bpmn-js, loaded only with this component): the protocol or one of its
 * sub-processes, in the version the incident runs on, with its steps marked. The progress table above
 * says the same in words; this picture is not the only place it is told.
 */
export default function ProcessDiagram({ diagram }: { diagram: IncidentDiagram }) {
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  const [selected, setSelected] = useState(diagram.instances[0]?.id);
  const [error, setError] = useState<Error | null>(null);
  const instance = diagram.instances.find((i) => i.id === selected);
  const definition = diagram.definitions.find((d) => d.id === instance?.definitionId);

  useEffect(() => {
    viewer.current = new NavigatedViewer({ container: container.current! });
    return () => viewer.current?.destroy();
  }, []);

  useEffect(() => {
    if (!instance || !definition || !viewer.current) return;
    const current = viewer.current;
    let live = true;
    setError(null);
    current.importXML(definition.xml).then(
      () => {
        if (!live) return;
        const canvas = current.get<{ addMarker(id: string, cls: string): void; zoom(level: string): void }>('canvas');
        const registry = current.get<{ get(id: string): unknown }>('elementRegistry');
        for (const marker of MARKERS) {
          for (const id of instance[marker.key]) if (registry.get(id)) canvas.addMarker(id, marker.className);
        }
        canvas.zoom('fit-viewport');
      },
      () => live && setError(new Error('Het procesdiagram kon niet worden getoond. De voortgang staat in de tabel hierboven.')),
    );
    return () => {
      live = false;
    };
  }, [instance, definition]);

  // The canvas takes the focus so that its arrow keys move the diagram: the focusable picture itself
  // carries the name, not a wrapper around it.
  const label = instance ? `Procesdiagram: ${describe(instance, diagram)}. ${summary(instance)}` : 'Procesdiagram';
  useEffect(() => {
    const svg = container.current?.querySelector('svg');
    svg?.setAttribute('role', 'img');
    svg?.setAttribute('aria-label', label);
  }, [label]);

  const zoom = (by: number | 'fit-viewport') => {
    const canvas = viewer.current?.get<{ zoom(level?: number | string): number }>('canvas');
    if (canvas) canvas.zoom(by === 'fit-viewport' ? by : canvas.zoom() * by);
  };

  return (
    <div className="ap-diagram">
      <FormField>
        <FormLabel htmlFor="diagram-keuze">Diagram van</FormLabel>
        <Select id="diagram-keuze" value={selected} onChange={(e) => setSelected(e.target.value)}>
          {diagram.instances.map((i) => (
            <SelectOption key={i.id} value={i.id}>
              {describe(i, diagram)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <ul className="ap-legend" aria-label="Legenda">
        {MARKERS.map((m) => (
          <li key={m.key}>
            <span className={`ap-legend__swatch ${m.className}`} aria-hidden="true" /> {m.label}
            {instance && <span className="ap-muted"> ({instance[m.key].length})</span>}
          </li>
        ))}
      </ul>
      <ErrorAlert error={error} />
      <div ref={container} className="ap-diagram__canvas" />
      <div className="ap-diagram__tools">
        <Button purpose="secondary" onClick={() => zoom(1.25)}>
          Inzoomen
        </Button>
        <Button purpose="secondary" onClick={() => zoom(0.8)}>
          Uitzoomen
        </Button>
        <Button purpose="secondary" onClick={() => zoom('fit-viewport')}>
          Passend maken
        </Button>
      </div>
      <Paragraph className="ap-muted">Verschuif het diagram door te slepen, of met de pijltjestoetsen als het diagram de focus heeft; zoom met de knoppen.</Paragraph>
    </div>
  );
}

function describe(instance: DiagramInstance, diagram: IncidentDiagram): string {
  const definition = diagram.definitions.find((d) => d.id === instance.definitionId);
  const name = definition ? `${definition.name}, versie ${definition.version}` : 'onbekend model';
  return `${instance.parentInstanceId ? 'Deelproces' : 'Protocol'} ${name}: ${processStatusText(instance.status)}, gestart ${formatDate(instance.startedAt)}`;
}

function summary(instance: DiagramInstance): string {
  return `${instance.done.length} stappen afgerond, ${instance.waiting.length} wachtend, ${instance.overdue.length} te laat, ${instance.failed.length} mislukt.`;
}
