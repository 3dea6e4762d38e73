/** Injection token: what a reception is told to do when a visitor has a ban (setting RECEPTION_INSTRUCTION). */
export const RECEPTION_INSTRUCTION = Symbol('RECEPTION_INSTRUCTION');
