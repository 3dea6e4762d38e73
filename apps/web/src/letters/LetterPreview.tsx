import { ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../common/ErrorAlert';
import { saveBlob } from '../common/download';
import { letterDocx, letterPdf, loadLetter } from './letter-files';
import { useApi } from '../common/useApi';

/** A drafted or signed letter, shown in the page: what its signer reads before signing. */
export function LetterPreview({ letterId, title }: { letterId: string; title: string }) {
  const letter = useApi(useCallback(() => loadLetter(letterId), [letterId]));
  const pdf = useCallback(() => letterPdf(letterId), [letterId]);
  return (
    <DocxPreview load={useCallback(() => letterDocx(letterId), [letterId])} title={title} pdf={letter.data?.pdfUrl ? pdf : undefined}>
      {letter.data && !letter.data.pdfUrl && <Paragraph>Deze server maakt geen PDF (LibreOffice is niet geïnstalleerd); de brief is er alleen als Word-bestand.</Paragraph>}
    </DocxPreview>
  );
}

/**
 * A letter rendered in the page from its DOCX (docx-preview, loaded only where a letter is shown), so it
 * is read as it will be sent without downloading it; and the DOCX to download. `load` must keep its
 * identity while it loads the same letter; for another letter, mount a new preview (a `key`). Embedded
 * HTML parts are not rendered: a letter's content is never run as a page.
 */
export function DocxPreview({ load, title, pdf, children }: { load: () => Promise<Blob>; title: string; pdf?: () => Promise<Blob>; children?: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const [docx, setDocx] = useState<Blob | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    let current = true;
    load().then(
      (blob) => current && setDocx(blob),
      (err) => current && setError(err),
    );
    return () => {
      current = false;
    };
  }, [load]);

  useEffect(() => {
    if (!docx || !container.current) return;
    let current = true;
    const target = container.current;
    import('docx-preview')
      .then(({ renderAsync }) => renderAsync(docx, target, undefined, { inWrapper: true, renderAltChunks: false, renderComments: false, renderChanges: false, useBase64URL: true, experimental: false }))
      .then(
        () => {
          if (!current) return;
          // Links in a letter lead out of the product: never opened in its own window context.
          for (const link of target.querySelectorAll('a')) link.setAttribute('rel', 'noopener noreferrer');
          setRendered(true);
        },
        () => current && setError(new Error('De brief kon niet in de pagina worden getoond; download hem om hem te lezen.')),
      );
    return () => {
      current = false;
    };
  }, [docx]);

  return (
    <section className="ap-letter" aria-label={title}>
      <ErrorAlert error={error} />
      {!docx && !error && <Paragraph role="status">Brief laden…</Paragraph>}
      <div ref={container} className="ap-letter__pages" aria-busy={!rendered} />
      {docx && (
        <div className="ap-actions">
          <Button purpose="secondary" onClick={() => saveBlob(docx, `${title}.docx`)}>
            Download als Word-bestand
          </Button>
          {pdf && (
            <Button purpose="secondary" onClick={() => pdf().then((blob) => saveBlob(blob, `${title}.pdf`), setError)}>
              Download als PDF
            </Button>
          )}
        </div>
      )}
      {children}
    </section>
  );
}
