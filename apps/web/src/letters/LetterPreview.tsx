import { useEffect, useRef, useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../common/ErrorAlert';
import { saveBlob } from '../common/download';
import { letterDocx } from './letter-docx';

/**
 * The letter itself, rendered in the page from its DOCX (docx-preview, loaded only where a letter is
 * shown), so the signer reads what will be sent without downloading it; and the DOCX to download.
 * Embedded HTML parts are not rendered: a letter's content is never run as a page.
 */
export function LetterPreview({ letterId, title }: { letterId: string; title: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [docx, setDocx] = useState<Blob | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    let current = true;
    letterDocx(letterId).then(
      (blob) => current && setDocx(blob),
      (err) => current && setError(err),
    );
    return () => {
      current = false;
    };
  }, [letterId]);

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
        <Button purpose="secondary" onClick={() => saveBlob(docx, `${title}.docx`)}>
          Download als Word-bestand
        </Button>
      )}
    </section>
  );
}
