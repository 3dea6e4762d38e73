import { ApiProperty } from '@nestjs/swagger';

/** A deployed version of a process model, as BPMN XML. */
export class DiagramDefinitionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'phone' }) key: string;
  @ApiProperty() version: number;
  @ApiProperty({ example: 'Telefonische agressie' }) name: string;
  @ApiProperty({ description: 'Het BPMN-model van precies deze versie' }) xml: string;
}

/** One instance of the incident, sub-processes included, and where it stands in its model. */
export class DiagramInstanceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Het proces dat dit deelproces aanriep' }) parentInstanceId: string | null;
  @ApiProperty({ format: 'uuid', description: 'De versie van het model (definitions[].id)' }) definitionId: string;
  @ApiProperty({ enum: ['waiting', 'completed', 'failed', 'cancelled'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time' }) startedAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: Date | null;
  @ApiProperty({ type: [String], description: 'Elementen die zijn afgerond' }) done: string[];
  @ApiProperty({ type: [String], description: 'Elementen waarop het proces nu wacht: taken, termijnen, deelprocessen' }) waiting: string[];
  @ApiProperty({ type: [String], description: 'Wachtende taken waarvan de termijn verstreken is' }) overdue: string[];
  @ApiProperty({ type: [String], description: 'Het element waarop het proces vastliep' }) failed: string[];
}

/** The models an incident runs on, in the exact versions its instances use, with their progress. */
export class IncidentDiagramView {
  @ApiProperty({ type: [DiagramDefinitionView] }) definitions: DiagramDefinitionView[];
  @ApiProperty({ type: [DiagramInstanceView], description: 'Het protocol eerst, dan de deelprocessen in de volgorde waarin ze begonnen' }) instances: DiagramInstanceView[];
}
