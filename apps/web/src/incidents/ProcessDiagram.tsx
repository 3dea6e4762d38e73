import { useMemo, useState } from 'react';
import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { formatDate } from '../common/dutch-dates';
import BpmnDiagram from '../common/BpmnDiagram';
import { DiagramInstance, IncidentDiagram } from './incident-api';
import { processStatusText } from './process-status';

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
  const [selected, setSelected] = useState(diagram.instances[0]?.id);
  const instance = diagram.instances.find((i) => i.id === selected);
  const definition = diagram.definitions.find((d) => d.id === instance?.definitionId);
  const markers = useMemo(() => Object.fromEntries(MARKERS.map((m) => [m.className, instance?.[m.key] ?? []])), [instance]);

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
      {instance && definition && (
        <BpmnDiagram
          xml={definition.xml}
          markers={markers}
          label={`Procesdiagram: ${describe(instance, diagram)}. ${summary(instance)}`}
          failure="Het procesdiagram kon niet worden getoond. De voortgang staat in de tabel hierboven."
        />
      )}
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
