import { api, call, Schemas } from '../api/client';
import { formatDate } from '../common/dutch-dates';

export type KnownCitizen = Schemas['CitizenView'];

export const CITIZENS_PER_PAGE = 10;

/** A page of citizens whose name contains the text, and how many there are in all. */
export async function searchCitizens(name: string, dateOfBirth: string, offset: number): Promise<{ citizens: KnownCitizen[]; total: number }> {
  let total = 0;
  const citizens = await call(
    api.GET('/api/citizens', { params: { query: { name, ...(dateOfBirth ? { dateOfBirth } : {}), limit: CITIZENS_PER_PAGE, offset } } }).then((result) => {
      total = Number(result.response.headers.get('X-Total-Count') ?? 0);
      return result;
    }),
  );
  return { citizens, total };
}

/** "J. de Vries, geboren 12 april 1980, Dorpsstraat 12, Voorbeeldstad": enough to tell two people with the same name apart. */
export function describeCitizen(citizen: KnownCitizen): string {
  const address = [citizen.streetAddress, citizen.city].filter(Boolean).join(', ');
  return [citizen.name, citizen.dateOfBirth ? `geboren ${formatDate(citizen.dateOfBirth)}` : 'geboortedatum onbekend', address].filter(Boolean).join(', ');
}
