import { LetterEntity } from '@ap/persistence';

export function letterView(letter: LetterEntity) {
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
