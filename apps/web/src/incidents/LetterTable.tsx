import { useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatDateTime } from '../common/dutch-dates';
import { saveBlob } from '../common/download';
import { letterDocx } from '../letters/letter-docx';
import { FileLetter } from './incident-api';
import { roleNames } from './roles';

const LETTER_STATUS: Record<string, string> = {
  draft: 'concept, wacht op ondertekening',
  approved: 'goedgekeurd, wordt definitief gemaakt',
  rejected: 'teruggestuurd',
  final: 'ondertekend',
};

/** The incident's letters with their state; a signed letter can be downloaded as it was sent. */
export function LetterTable({ letters }: { letters: FileLetter[] }) {
  const [error, setError] = useState<ApiError | Error | null>(null);
  if (!letters.length) return <Paragraph>Er zijn (nog) geen brieven.</Paragraph>;

  async function download(letter: FileLetter) {
    setError(null);
    try {
      saveBlob(await letterDocx(letter.id), `Brief ${letter.code}.docx`);
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
                  <Button purpose="secondary" onClick={() => download(letter)} aria-label={`Download ondertekende brief ${letter.code} (Word)`}>
                    Downloaden
                  </Button>
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
