import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROCESSES } from './processes-dir';

export const deliveredModel = (key: string) => readFileSync(join(PROCESSES, `${key}.bpmn`), 'utf8');

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
  return edited;
}
