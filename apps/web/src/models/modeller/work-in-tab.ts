import { ModelDraft } from '../model-api';

interface Work {
  xml: string;
  baseVersion: number | null;
  savedAt: string | null;
  /** The team a saved draft was meant for (the choice made in this tab is kept beside it, see ModellerPage). */
  unitId?: string | null;
}

const storageKey = (key: string) => `agressieprotocol.model.${key}`;

/** What the policy owner drew in this tab, if anything, or else their draft on the server. */
export function restoredWork(key: string, draft: ModelDraft | null): Work | null {
  try {
    const kept = JSON.parse(sessionStorage.getItem(storageKey(key)) ?? 'null') as Work | null;
    if (kept?.xml) return kept;
  } catch {
    // A damaged copy: fall back to the draft.
  }
  return draft ? { xml: draft.xml, baseVersion: draft.baseVersion, savedAt: draft.savedAt, unitId: draft.unitId } : null;
}

/** Keeps every change in this tab, so that an expired sign-in or a reload loses nothing. */
export function workInTab(key: string, baseVersion: number | null) {
  return {
    keep: (xml: string) => sessionStorage.setItem(storageKey(key), JSON.stringify({ xml, baseVersion, savedAt: new Date().toISOString() } satisfies Work)),
    clear: () => sessionStorage.removeItem(storageKey(key)),
  };
}
