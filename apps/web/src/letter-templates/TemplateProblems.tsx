import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { TemplateProblem } from './template-api';

/** What is wrong with a letter, each problem with where it is in the document and the words around it. */
export function TemplateProblems({ title, intro, problems, level = 3 }: { title: string; intro: string; problems: TemplateProblem[]; level?: 2 | 3 }) {
  return (
    <Alert type={level === 2 ? 'warning' : 'error'} role={level === 2 ? undefined : 'alert'}>
      <Heading level={level} appearance="level-4">
        {title}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      <ul className="ap-problems">
        {problems.map((p, i) => (
          <li key={i}>
            {p.where && <strong>{p.where}: </strong>}
            {p.message}
            {p.context && (
              <>
                <br />
                <span className="ap-muted">Tekst: </span>
                <q className="ap-problem-context">{p.context}</q>
              </>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
