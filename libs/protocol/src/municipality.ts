/** The sending municipality as letters show it. */
export interface Municipality {
  naam: string;
  afdeling: string;
  postadres: string;
  postcode: string;
  plaats: string;
  telefoon: string;
  website: string;
}

export const MUNICIPALITY = Symbol('MUNICIPALITY');
