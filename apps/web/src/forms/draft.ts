import { useEffect, useState } from 'react';
import { FormValue } from './json-schema';

/**
 * What the user typed in a form, kept in this browser tab until the form is sent: a refused form, a
 * network error, an expired session or a reload never loses it.
 */
export function useDraft(key: string): [FormValue, (value: FormValue) => void, () => void] {
  const storageKey = `agressieprotocol.concept.${key}`;
  const [value, setValue] = useState<FormValue>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(storageKey) ?? '{}') as FormValue;
    } catch {
      return {};
    }
  });
  useEffect(() => {
    if (Object.keys(value).length) sessionStorage.setItem(storageKey, JSON.stringify(value));
  }, [storageKey, value]);
  const clear = () => {
    sessionStorage.removeItem(storageKey);
    setValue({});
  };
  return [value, setValue, clear];
}
