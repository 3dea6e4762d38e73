import { ApiProperty } from '@nestjs/swagger';
import { In, LetterEntity, UnitOfWork } from '@ap/persistence';

/** Where a letter's PDF/A stands: made, being made after signing, not made on a service without LibreOffice, or none (not signed). */
export type PdfState = 'ready' | 'pending' | 'unavailable' | 'none';

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
  @ApiProperty({
    enum: ['ready', 'pending', 'unavailable', 'none'],
    description: 'De PDF/A: gemaakt, wordt gemaakt (kort na ondertekening), niet beschikbaar (de service heeft geen LibreOffice; alleen DOCX) of geen (nog niet ondertekend)',
  })
  pdfState: PdfState;
  @ApiProperty({ type: String, nullable: true, description: 'sha256 van de PDF/A, zodra die is gemaakt' }) pdfSha256: string | null;
  @ApiProperty({ type: String, nullable: true, example: '/api/letters/…/pdf', description: 'De PDF/A van de ondertekende brief, of het concept als PDF' }) pdfUrl: string | null;
}

/** A letter's view; `pdf` is its row in letter_pdfs (absent before signing). */
export function letterView(letter: LetterEntity, pdf: { sha256: string | null } | undefined, pdfAvailable: boolean): LetterView {
  const pdfState: PdfState = pdf?.sha256 ? 'ready' : !pdfAvailable ? 'unavailable' : pdf ? 'pending' : 'none';
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
    pdfState,
    pdfSha256: pdf?.sha256 ?? null,
    pdfUrl: pdfState === 'ready' || (pdfAvailable && letter.status !== 'final') ? `/api/letters/${letter.id}/pdf` : null,
  };
}

/** The views of several letters, with their PDFs read at once. */
export async function letterViews(uow: UnitOfWork, letters: LetterEntity[], pdfAvailable: boolean): Promise<LetterView[]> {
  const pdfs = letters.length ? await uow.letterPdfs.find({ where: { letterId: In(letters.map((l) => l.id)) }, select: { letterId: true, sha256: true } }) : [];
  return letters.map((letter) => letterView(letter, pdfs.find((p) => p.letterId === letter.id), pdfAvailable));
}
