import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { ApiError } from '../api/client';

/** A failed call as the user reads it: the service's Dutch message. */
export function ErrorAlert({ error }: { error: ApiError | Error | null }) {
  if (!error) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{error.message}</Paragraph>
    </Alert>
  );
}
