import { ACCESS, Role } from '@ap/common';

/** Staff who handle letters: they read every letter of an incident, drafts included. */
export const LETTER_STAFF: readonly Role[] = ACCESS.handleLetters;

/** Roles that read only the signed letters addressed to them, as the catalogue (`letters.json` in the templates folder) names them. */
export const ADDRESSED_ROLES: readonly Role[] = ['reception'];
