import { useEffect, useRef } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Alert } from '@utrecht/component-library-react';
import { fieldId, FieldErrors } from './SchemaForm';
import { FormSchema, labelOf, resolve } from './json-schema';

/**
 * Above a refused form: how many fields have a problem, each a link to its field. It takes the focus, so
 * keyboard and screen-reader users hear at once that the form was not sent and why (WCAG 3.3.1).
 */
export function ErrorSummary({ message, errors, schema }: { message: string; errors: FieldErrors; schema: FormSchema }) {
  const ref = useRef<HTMLDivElement>(null);
  const fields = Object.keys(errors);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  if (!fields.length) return null;
  return (
    <Alert type="error" role="alert" ref={ref} tabIndex={-1} className="ap-error-summary">
      <Heading level={2} appearance="level-4">
        {message}: {fields.length === 1 ? 'één veld heeft' : `${fields.length} velden hebben`} een probleem
      </Heading>
      <ul>
        {fields.map((path) => (
          <li key={path}>
            <a href={`#${fieldId(path)}`}>
              {labelAt(schema, path)}: {errors[path].join(' ')}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** The label of the field at a path such as `steps.0.at`. */
function labelAt(schema: FormSchema, path: string): string {
  const labels: string[] = [];
  let current = schema as FormSchema;
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part)) {
      labels.push(String(Number(part) + 1));
      current = resolve(current.items ?? {}, schema);
      continue;
    }
    const field = current.properties?.[part];
    if (!field) return [...labels, part].join(' › ');
    labels.push(labelOf(part, field));
    current = resolve(field, schema);
  }
  return labels.join(' › ');
}
