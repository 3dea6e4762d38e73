import { useEffect, useRef, useState } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { ErrorAlert } from './ErrorAlert';
import './bpmn-diagram.css';

interface Props {
  xml: string;
  /** Elements to mark, by the CSS class that marks them. */
  markers: Record<string, readonly string[]>;
  /** What the picture shows, for a screen reader: the canvas itself cannot be read. */
  label: string;
  /** Said when the diagram cannot be shown, pointing to where the same is told in words. */
  failure: string;
}

/**
 * A BPMN diagram to look at (bpmn-js, loaded only with the pages that show one), with elements marked,
 * zoom buttons, and panning by dragging or, once it has the focus, with the arrow keys.
 */
export default function BpmnDiagram({ xml, markers, label, failure }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  // The XML that could not be shown: a newer one clears the message by itself.
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    viewer.current = new NavigatedViewer({ container: container.current! });
    return () => viewer.current?.destroy();
  }, []);

  useEffect(() => {
    const current = viewer.current!;
    let live = true;
    current.importXML(xml).then(
      () => {
        if (!live) return;
        const canvas = current.get<{ addMarker(id: string, cls: string): void; zoom(level: string): void }>('canvas');
        const registry = current.get<{ get(id: string): unknown }>('elementRegistry');
        for (const [className, ids] of Object.entries(markers)) {
          for (const id of ids) if (registry.get(id)) canvas.addMarker(id, className);
        }
        canvas.zoom('fit-viewport');
      },
      () => live && setFailed(xml),
    );
    return () => {
      live = false;
    };
  }, [xml, markers]);

  // The canvas takes the focus so that its arrow keys move the diagram: the focusable picture itself
  // carries the name, not a wrapper around it.
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
    <>
      <ErrorAlert error={failed === xml ? new Error(failure) : null} />
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
    </>
  );
}
