import { useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/dutch-dates';
import { saveBlob } from '../common/download';
import { letterDocx, letterPdf, verifyLetter } from '../letters/letter-files';
import { FileLetter } from './incident-api';
import { roleNames } from './roles';

const LETTER_STATUS: Record<string, string> = {
  draft: 'concept, wacht op ondertekening',
  approved: 'goedgekeurd, wordt definitief gemaakt',
  rejected: 'teruggestuurd',
  final: 'ondertekend',
};

/** The incident's letters with their state; a signed letter can be downloaded as it was sent, and checked against its recorded sha256. */
export function LetterTable({ letters }: { letters: FileLetter[] }) {
  const [error, setError] = useState<ApiError | Error | null>(null);
  // The verdict per letter, in the service's words; '' while it is being checked.
  const [verdicts, setVerdicts] = useState<Record<string, string>>({});
  if (!letters.length) return <Paragraph>Er zijn (nog) geen brieven.</Paragraph>;

  async function verify(letter: FileLetter) {
    // Not disabled while checking, so the keyboard's focus stays on the button; a second press waits instead.
    if (verdicts[letter.id] === '') return;
    setError(null);
    setVerdicts((v) => ({ ...v, [letter.id]: '' }));
    try {
      const { message } = await verifyLetter(letter.id);
      setVerdicts((v) => ({ ...v, [letter.id]: message }));
    } catch (err) {
      setVerdicts(({ [letter.id]: _, ...rest }) => rest);
      setError(err as Error);
    }
  }

  async function download(letter: FileLetter, as: 'docx' | 'pdf') {
    setError(null);
    try {
      saveBlob(await (as === 'pdf' ? letterPdf : letterDocx)(letter.id), `Brief ${letter.code}.${as}`);
    } catch (err) {
      setError(err as Error);
    }
  }

  return (
    <>
      <ErrorAlert error={error} />
      <Table className="ap-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Brief</TableHeaderCell>
            <TableHeaderCell scope="col">Stand</TableHeaderCell>
            <TableHeaderCell scope="col">Ondertekenaar</TableHeaderCell>
            <TableHeaderCell scope="col">Datum</TableHeaderCell>
            <TableHeaderCell scope="col">Document</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {letters.map((letter) => (
            <TableRow key={letter.id}>
              <TableCell>{letter.code}</TableCell>
              <TableCell>
                {LETTER_STATUS[letter.status] ?? letter.status}
                {letter.rejectionComment && <span className="ap-muted">: “{letter.rejectionComment}”</span>}
              </TableCell>
              <TableCell>{roleNames([letter.signerRole])}</TableCell>
              <TableCell>{formatDateTime(letter.finalizedAt ?? letter.decidedAt ?? letter.createdAt)}</TableCell>
              <TableCell>
                {letter.status === 'final' ? (
                  <>
                    <div className="ap-actions">
                      <Button purpose="secondary" onClick={() => download(letter, 'docx')} aria-label={`Download ondertekende brief ${letter.code} (Word)`}>
                        Word
                      </Button>
                      {letter.pdfState === 'ready' && (
                        <Button purpose="secondary" onClick={() => download(letter, 'pdf')} aria-label={`Download ondertekende brief ${letter.code} (PDF)`}>
                          PDF
                        </Button>
                      )}
                      {letter.pdfState === 'pending' && <span className="ap-muted">PDF wordt gemaakt</span>}
                      {letter.pdfState === 'unavailable' && <span className="ap-muted">alleen Word: deze server maakt geen PDF</span>}
                      <Button purpose="subtle" onClick={() => verify(letter)} aria-label={`Controleer handtekening van brief ${letter.code}`}>
                        Controleer handtekening
                      </Button>
                    </div>
                    <Paragraph role="status">
                      {verdicts[letter.id] === '' ? 'Wordt gecontroleerd…' : verdicts[letter.id]}
                    </Paragraph>
                  </>
                ) : (
                  <span className="ap-muted">nog niet ondertekend</span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
