import { Paragraph } from '@nl-design-system-candidate/paragraph-react';

/** Shown while a page or its data loads; announced politely to screen readers. */
export function Loading({ what = 'Laden' }: { what?: string }) {
  return (
    <Paragraph role="status" className="ap-loading">
      {what}…
    </Paragraph>
  );
}
