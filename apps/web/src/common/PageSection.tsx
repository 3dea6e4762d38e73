import { ReactNode, useId } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react';

/** A part of a page under its own heading, named by that heading for screen readers' landmarks. */
export function PageSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
