import { ApiProperty } from '@nestjs/swagger';
import { LetterEntity } from '@ap/persistence';

/** A letter as the API shows it: its state and where to download it, without its content. */
export class LetterView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) incidentId: string;
  @ApiProperty({ example: 'TC3' }) code: string;
  @ApiProperty({ enum: ['draft', 'approved', 'rejected', 'final'], description: 'concept, goedgekeurd, afgekeurd of definitief (ondertekend)' }) status: string;
  @ApiProperty({ description: 'sha256 van de sjabloonversie' }) templateHash: string;
  @ApiProperty({ description: 'sha256 van het document' }) sha256: string;
  @ApiProperty({ example: 'department-head', description: 'De rol die ondertekent' }) signerRole: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedBy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Waarom de ondertekenaar de brief terugstuurde' }) rejectionComment: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Wanneer de brief ondertekend en definitief werd' }) finalizedAt: Date | null;
  @ApiProperty({ example: '/api/letters/…/docx' }) downloadUrl: string;
}

export function letterView(letter: LetterEntity): LetterView {
  return {
    id: letter.id,
    incidentId: letter.incidentId,
    code: letter.code,
    status: letter.status,
    templateHash: letter.templateHash,
    sha256: letter.sha256,
    signerRole: letter.signerRole,
    createdAt: letter.createdAt,
    decidedAt: letter.decidedAt,
    decidedBy: letter.decidedBy,
    rejectionComment: letter.rejectionComment,
    finalizedAt: letter.finalizedAt,
    downloadUrl: `/api/letters/${letter.id}/docx`,
  };
}
