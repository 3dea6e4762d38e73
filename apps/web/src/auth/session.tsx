import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Capability, may } from '@ap/contracts';
import { api, authorize, call } from '../api/client';
import { loadSession, saveSession, Session } from './session-store';

/** Why the user sees the sign-in page: they signed out, or their sign-in ran out. */
export type SignedOutReason = 'signed-out' | 'expired' | null;

interface SessionContext {
  session: Session | null;
  reason: SignedOutReason;
  signIn(username: string, password: string): Promise<void>;
  signOut(): void;
  may(capability: Capability): boolean;
}

const Context = createContext<SessionContext | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => {
    const { session, expired } = loadSession();
    return { session, reason: (expired ? 'expired' : null) as SignedOutReason };
  });

  const end = useCallback((reason: SignedOutReason) => {
    saveSession(null);
    setState({ session: null, reason });
  }, []);

  // Every call carries the token; the first 401 ends the session with the "expired" message.
  authorize(state.session?.accessToken ?? null, () => end('expired'));

  // The sign-in also ends by itself when its time is up, even without a call.
  useEffect(() => {
    if (!state.session) return;
    const left = new Date(state.session.expiresAt).getTime() - Date.now();
    const timer = setTimeout(() => end('expired'), Math.min(Math.max(left, 0), 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [state.session, end]);

  const value = useMemo<SessionContext>(
    () => ({
      ...state,
      async signIn(username, password) {
        const session = await call(api.POST('/api/auth/login', { body: { username, password } }));
        saveSession(session);
        setState({ session, reason: null });
      },
      signOut: () => end('signed-out'),
      may: (capability) => !!state.session && may(state.session.user.roles, capability),
    }),
    [state, end],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
