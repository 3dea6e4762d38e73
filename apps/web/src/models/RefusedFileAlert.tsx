import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { ModelProblem } from './model-api';

/** A file in processes/ that failed the checks at start-up, while its model runs on the stored version. */
export function RefusedFileAlert({ file, problems, level }: { file: string; problems: ModelProblem[]; level: 2 | 3 }) {
  return (
    <Alert type="warning">
      <Heading level={level} appearance="level-4">
        Bestand {file} is bij het starten geweigerd
      </Heading>
      <Paragraph>Nieuwe incidenten starten op de laatste goedgekeurde versie hieronder. Wat er mis is met het bestand:</Paragraph>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.elementId && <code>{p.elementId}</code>}
            {p.elementId && ': '}
            {p.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
