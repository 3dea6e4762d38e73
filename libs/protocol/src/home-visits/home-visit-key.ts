/**
 * A home visit's process is keyed "home-visit:<id>", so its tasks are found by that key and the
 * incident timeline, which only follows incidents, can tell its events apart.
 */
export const HOME_VISIT_KEY_PREFIX = 'home-visit:';

export const homeVisitKey = (id: string) => `${HOME_VISIT_KEY_PREFIX}${id}`;

export const isHomeVisitKey = (businessKey: string) => businessKey.startsWith(HOME_VISIT_KEY_PREFIX);
