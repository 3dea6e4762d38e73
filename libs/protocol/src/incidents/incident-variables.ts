import { IncidentEntity } from '@ap/persistence';

/** The variables a process about an incident starts with (README: "The variables every channel process starts with"). */
export function incidentVariables(incident: IncidentEntity, citizenName: string): Record<string, unknown> {
  return {
    incidentId: incident.id,
    reference: incident.reference,
    citizenId: incident.citizenId,
    citizenName,
    channel: incident.channel,
    category: incident.category,
    behaviour: incident.behaviour,
    occurredAt: incident.occurredAt.toISOString(),
  };
}
