import { LetterData } from '@ap/letters';

/** The sending municipality as letters show it. */
export type Municipality = { [K in keyof LetterData['gemeente']]: string };

export const MUNICIPALITY = Symbol('MUNICIPALITY');
