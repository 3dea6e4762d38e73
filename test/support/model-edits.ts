import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROCESSES } from './processes-dir';

export const deliveredModel = (key: string) => readFileSync(join(PROCESSES, `${key}.bpmn`), 'utf8');

/**
 * Puts elements added to a model by hand into its diagram, as a modeller would: each shape at its bounds
 * [x, y, width, height] and each sequence flow along its points.
 */
export function placed(xml: string, shapes: Record<string, number[]>, edges: Record<string, number[][]>): string {
  const di = [
    ...Object.entries(shapes).map(([id, [x, y, width, height]]) => `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="${width}" height="${height}" /></bpmndi:BPMNShape>`),
    ...Object.entries(edges).map(([id, points]) => `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">${points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join('')}</bpmndi:BPMNEdge>`),
  ];
  return xml.replace('</bpmndi:BPMNPlane>', `${di.join('\n')}\n</bpmndi:BPMNPlane>`);
}

/**
 * The counter model with an "Incidentgesprek" for the department head, next to the other first steps:
 * the edit a policy owner makes in the modeller.
 */
export function counterWithIncidentTalk(xml = deliveredModel('counter')): string {
  const edited = xml
    .replace('<bpmn:outgoing>f_to_gir</bpmn:outgoing>', '<bpmn:outgoing>f_to_gir</bpmn:outgoing>\n      <bpmn:outgoing>f_to_talk</bpmn:outgoing>')
    .replace(
      '<bpmn:sequenceFlow id="f_start" sourceRef="reported" targetRef="fork_all" />',
      `<bpmn:sequenceFlow id="f_start" sourceRef="reported" targetRef="fork_all" />
    <bpmn:userTask id="incident_talk" name="Incidentgesprek" camunda:candidateGroups="department-head" camunda:formKey="confirmation" camunda:dueDate="P5D">
      <bpmn:incoming>f_to_talk</bpmn:incoming>
      <bpmn:outgoing>f_talk_done</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="end_talk" name="Gesprek gevoerd">
      <bpmn:incoming>f_talk_done</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="f_to_talk" sourceRef="fork_all" targetRef="incident_talk" />
    <bpmn:sequenceFlow id="f_talk_done" sourceRef="incident_talk" targetRef="end_talk" />`,
    );
  if (edited === xml) throw new Error('the counter model changed: adapt counterWithIncidentTalk');
  return placed(edited, { incident_talk: [325, 1600, 100, 80], end_talk: [500, 1622, 36, 36] }, { f_to_talk: [[225, 95], [225, 1640], [325, 1640]], f_talk_done: [[425, 1640], [500, 1640]] });
}
