import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTIONS, AUDIT_RESOURCES } from '@ap/common';

/** One line of the audit trail as the auditor reads it. */
export class AuditLineView {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'afdelingshoofd', description: 'De gebruikersnaam toen' }) actor: string;
  @ApiProperty({ type: String, nullable: true, example: 'Marieke Jansen', description: 'De naam van het account nu' }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true, example: '10.1.2.3', description: 'Het adres waar het verzoek vandaan kwam' }) address: string | null;
  @ApiProperty({ enum: Object.keys(AUDIT_ACTIONS) }) action: string;
  @ApiProperty({ example: 'ingezien' }) actionLabel: string;
  @ApiProperty({ enum: Object.keys(AUDIT_RESOURCES) }) resourceType: string;
  @ApiProperty({ example: 'incidentdossier' }) resourceLabel: string;
  @ApiProperty({ type: String, nullable: true }) resourceId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) citizenId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'J. de Vries' }) citizenName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) incidentId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'AG-2026-00012' }) incidentReference: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Waarom, als de handeling dat zegt' }) reason: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Wat verder vastligt: zoektermen, gewijzigde velden' }) details: Record<string, unknown>;
  @ApiProperty({ example: 'naam: J. de Vries; formaat: docx', description: 'De details in woorden' }) detailsLabel: string;
}
