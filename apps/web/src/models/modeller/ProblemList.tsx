import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';

/**
 * Problems of the model in words, each with a button that selects its element in the canvas: the canvas
 * itself cannot be read by a screen reader, this list can.
 */
export function ProblemList({ problems, empty, onShow }: { problems: { elementId: string | null; message: string }[]; empty: string; onShow(elementId: string): boolean }) {
  if (!problems.length) return empty ? <Paragraph role="status">{empty}</Paragraph> : null;
  return (
    <ul className="ap-problems" aria-live="polite">
      {problems.map((problem, i) => (
        <li key={`${problem.elementId}-${i}`}>
          {problem.message}
          {problem.elementId && (
            <>
              {' '}
              <Button purpose="subtle" type="button" onClick={() => onShow(problem.elementId!)} aria-label={`Toon ${problem.elementId} in het tekenvlak`}>
                Toon
              </Button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
