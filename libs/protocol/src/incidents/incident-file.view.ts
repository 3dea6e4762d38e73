import { ApiProperty } from '@nestjs/swagger';
import { LetterView } from '@ap/letters';
import { BEHAVIOUR_KEYS, CATEGORIES, CHANNEL_KEYS } from '../channels/channels';
import { CitizenView } from '../citizens/citizen-search';

/** The citizen as an incident's file shows them: what a search shows, and how to reach them. */
export class IncidentCitizenView extends CitizenView {
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

export class StepFailure {
  @ApiProperty({ type: String, nullable: true, description: 'Het element in het procesmodel dat mislukte' }) elementId: string | null;
  @ApiProperty() message: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ProcessStateView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['waiting', 'completed', 'failed', 'cancelled'] }) status: string;
  @ApiProperty({ type: StepFailure, nullable: true }) failure: StepFailure | null;
  @ApiProperty({ type: String, format: 'date-time' }) startedAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: Date | null;
  @ApiProperty({ format: 'uuid' }) definitionId: string;
}

/** A version of a model that ran for the incident: the organisation's protocol or a team's variant of it. */
export class ProtocolRunView {
  @ApiProperty({ example: 'counter' }) processKey: string;
  @ApiProperty({ example: 'Agressie aan de balie' }) processName: string;
  @ApiProperty({ example: 4 }) version: number;
  @ApiProperty({ type: String, nullable: true, description: 'Het team waarvoor deze versie een variant is; leeg voor het protocol van de organisatie', example: 'Publiekszaken' }) unitName: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) startedAt: Date;
}

/** An instance of the incident, sub-processes included, with a failed step to retry. */
export class ProcessProblemView {
  @ApiProperty({ format: 'uuid' }) instanceId: string;
  @ApiProperty({ example: 'letter' }) processKey: string;
  @ApiProperty({ example: 'Brief opstellen en ondertekenen' }) processName: string;
  @ApiProperty({ enum: ['waiting', 'completed', 'failed', 'cancelled'] }) status: string;
  @ApiProperty({ type: StepFailure }) failure: StepFailure;
}

/** A step of the protocol that waits or waited on people. */
export class FileTaskView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) instanceId: string;
  @ApiProperty() executionId: string;
  @ApiProperty({ description: 'Het element in het procesmodel' }) elementId: string;
  @ApiProperty({ example: 'Brief beoordelen en ondertekenen' }) name: string;
  @ApiProperty({ type: [String], description: 'De paragrafen van het protocol die deze stap uitvoert, zoals het model ze noemt', example: ['7.3, 24 uur'] }) paragraphs: string[];
  @ApiProperty({ type: [String], description: 'De rollen op wie de taak wacht' }) candidateGroups: string[];
  @ApiProperty({ type: String, nullable: true }) formKey: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) input: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: Date | null;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Rik Vos', description: 'Wie de taak heeft opgepakt of toegewezen kreeg' }) assigneeName: string | null;
  @ApiProperty() businessKey: string;
  @ApiProperty({ type: String, nullable: true }) processKey: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) claimedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) completedBy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Wie de taak afrondde' }) completedByName: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Het ingevulde formulier' }) form: Record<string, unknown> | null;
}

/** A timer of the protocol: a date it waits for, such as the second aftercare conversation. */
export class FileTimerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) instanceId: string;
  @ApiProperty() elementId: string;
  @ApiProperty({ example: 'Na 1 tot 3 dagen' }) name: string;
  @ApiProperty({ type: [String], description: 'De paragrafen van het protocol die deze stap uitvoert, zoals het model ze noemt', example: ['6.1, 2e gesprek'] }) paragraphs: string[];
  @ApiProperty({ type: String, format: 'date-time' }) dueAt: Date;
  @ApiProperty({ enum: ['scheduled', 'fired', 'cancelled', 'failed'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) firedAt: Date | null;
}

export class FileBanView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) citizenId: string;
  @ApiProperty({ format: 'uuid' }) incidentId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'De ondertekende brief die het verbod oplegde' }) letterId: string | null;
  @ApiProperty({ enum: ['proposed', 'active', 'ended', 'withdrawn'] }) status: string;
  @ApiProperty({ example: 'P6M' }) duration: string;
  @ApiProperty({ example: 'alle gebouwen van de gemeente' }) scope: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startsOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Het verbod geldt tot en met deze dag' }) endsOn: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) imposedBy: string | null;
}

export class TimelineEventView {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'uuid' }) incidentId: string;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ example: 'Sanne de Boer' }) actorName: string;
  @ApiProperty({ example: 'task-completed' }) type: string;
  @ApiProperty({ example: 'Taak "Brief beoordelen en ondertekenen" afgerond' }) summary: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}

/** What every view of an incident says about it: which one, what happened, to whom. */
class IncidentFactsView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'AG-2026-00012' }) reference: string;
  @ApiProperty({ format: 'uuid' }) citizenId: string;
  @ApiProperty({ enum: CHANNEL_KEYS }) channel: string;
  @ApiProperty({ example: 'telefonische agressie' }) channelLabel: string;
  @ApiProperty({ enum: CATEGORIES }) category: string;
  @ApiProperty({ enum: BEHAVIOUR_KEYS }) behaviour: string;
  @ApiProperty({ example: 'bedreiging' }) behaviourLabel: string;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt: Date;
}

/** An incident as the list of incidents shows it. */
export class IncidentSummaryView extends IncidentFactsView {
  @ApiProperty({ type: String, format: 'date-time', description: 'Wanneer het incident werd gemeld' }) createdAt: Date;
  @ApiProperty({ example: 'J. de Vries' }) citizenName: string;
  @ApiProperty({ type: String, nullable: true, enum: ['waiting', 'completed', 'failed', 'cancelled'], description: 'De stand van het protocol' }) processStatus: string | null;
}

/** Everything about one incident: the citizen, the protocol's state, tasks, timers, letters, bans and timeline. */
export class IncidentFileView extends IncidentFactsView {
  @ApiProperty() location: string;
  @ApiProperty({ format: 'uuid' }) reportedBy: string;
  @ApiProperty({ type: String, nullable: true, example: 'Sanne de Boer' }) reportedByName: string | null;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, nullable: true, description: 'Wat als hetzelfde gedrag telt bij recidive (door het model gezet)' }) kind: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Herhaling binnen de termijn van het model' }) isRepeat: boolean | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) processInstanceId: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: IncidentCitizenView }) citizen: IncidentCitizenView;
  @ApiProperty({ type: String, nullable: true, description: 'Het team van de melder bij het melden; leeg als die geen team had', example: 'Publiekszaken' }) unitName: string | null;
  @ApiProperty({ type: ProcessStateView, nullable: true }) process: ProcessStateView | null;
  @ApiProperty({ type: [ProtocolRunView], description: 'Welke versies van welke modellen voor dit incident liepen: het kanaal eerst, dan de deelprocessen in volgorde van starten' }) protocols: ProtocolRunView[];
  @ApiProperty({ type: [ProcessProblemView] }) problems: ProcessProblemView[];
  @ApiProperty({ type: [FileTaskView] }) tasks: FileTaskView[];
  @ApiProperty({ type: [FileTimerView], description: 'Termijnen waarop het protocol wacht of wachtte' }) timers: FileTimerView[];
  @ApiProperty({ type: [LetterView] }) letters: LetterView[];
  @ApiProperty({ type: [FileBanView] }) bans: FileBanView[];
  @ApiProperty({ type: [TimelineEventView] }) timeline: TimelineEventView[];
}
