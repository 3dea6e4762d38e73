import { useEffect, useState } from 'react';
import { FormValue } from './json-schema';

const NOTHING: FormValue = {};
const everything = (value: FormValue) => value;

/**
 * What the user typed in a form, kept in this browser tab until the form is sent: a refused form, a
 * network error, an expired session or a reload never loses it. `initial` fills what no draft holds (an
 * account's current roles); `keep` says what may be stored (never a password).
 */
export function useDraft(key: string, initial: FormValue = NOTHING, keep: (value: FormValue) => FormValue = everything): [FormValue, (value: FormValue) => void, () => void] {
  const storageKey = `agressieprotocol.concept.${key}`;
  const [value, setValue] = useState<FormValue>(() => {
    try {
      return { ...initial, ...(JSON.parse(sessionStorage.getItem(storageKey) ?? '{}') as FormValue) };
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    const kept = keep(value);
    if (Object.keys(kept).length) sessionStorage.setItem(storageKey, JSON.stringify(kept));
  }, [storageKey, value, keep]);
  const clear = () => {
    sessionStorage.removeItem(storageKey);
    setValue(initial);
  };
  return [value, setValue, clear];
}
