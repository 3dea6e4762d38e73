import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';

/** The elements one version has and the other not, named as the policy owner drew them. */
export function DiffList({ title, elements }: { title: string; elements: { id: string; label: string }[] }) {
  return (
    <>
      <Heading level={3}>{title}</Heading>
      {elements.length === 0 ? (
        <Paragraph>Niets.</Paragraph>
      ) : (
        <ul>
          {elements.map((e) => (
            <li key={e.id}>
              {e.label} <span className="ap-muted">({e.id})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
