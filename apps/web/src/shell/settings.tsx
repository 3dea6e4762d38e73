import { createContext, ReactNode, useContext, useEffect, useState } from 'react';
import { api } from '../api/client';

/** The municipality's name, from the same settings as the letterhead. */
const Context = createContext<string>('');

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [name, setName] = useState('');
  useEffect(() => {
    api.GET('/api/settings').then(({ data }) => data && setName(data.municipalityName), () => undefined);
  }, []);
  return <Context.Provider value={name}>{children}</Context.Provider>;
}

export function useMunicipalityName(): string {
  return useContext(Context);
}
