import { ReactNode, useEffect, useRef } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { useMunicipalityName } from './settings';

/**
 * The page's one h1, also the browser tab's title. It takes the focus when the page opens, so that a
 * screen reader announces the new page after a client-side navigation (WCAG 2.4.3).
 */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const municipality = useMunicipalityName();
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = [text, 'Agressieprotocol', municipality].filter(Boolean).join(' – ');
  }, [text, municipality]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <Heading level={1} ref={ref} tabIndex={-1} className="ap-page-title">
      {children}
    </Heading>
  );
}
