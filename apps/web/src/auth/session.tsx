import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Capability } from '@ap/contracts';
import { api, authorize, call } from '../api/client';
import { loadSession, saveSession, Session } from './session-store';

/** Why the user sees the sign-in page: they signed out, or their sign-in ran out. */
export type SignedOutReason = 'signed-out' | 'expired' | null;

interface SessionContext {
  session: Session | null;
  reason: SignedOutReason;
  /** The service's own words on why the sign-in ended (an account deactivated, a new password). */
  why: string | null;
  signIn(username: string, password: string): Promise<void>;
  signOut(): void;
  may(capability: Capability): boolean;
}

const Context = createContext<SessionContext | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => {
    const { session, expired } = loadSession();
    return { session, reason: (expired ? 'expired' : null) as SignedOutReason, why: null as string | null };
  });

  const end = useCallback((reason: SignedOutReason, why: string | null = null) => {
    saveSession(null);
    // At once, not at the next render: calls already under way no longer count as this session's.
    authorize(null, () => undefined);
    setState({ session: null, reason, why });
  }, []);

  // Every call carries the token; the first 401 ends the session, with the service's reason.
  authorize(state.session?.accessToken ?? null, (why) => end('expired', why));

  // The account as it is now: roles may have changed since this tab signed in, and the menu follows them.
  const token = state.session?.accessToken;
  useEffect(() => {
    if (!token) return;
    call(api.GET('/api/auth/me')).then(
      (user) =>
        setState((s) => {
          if (s.session?.accessToken !== token || JSON.stringify(s.session.user) === JSON.stringify(user)) return s;
          const session = { ...s.session, user };
          saveSession(session);
          return { ...s, session };
        }),
      () => undefined,
    );
  }, [token]);

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
        setState({ session, reason: null, why: null });
      },
      signOut() {
        // The service ends the session too, so the token is worthless even if it was copied. Sent past the
        // client's 401 handling: a session that had already ended must not turn "signed out" into "expired".
        if (state.session) void fetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${state.session.accessToken}` } }).catch(() => undefined);
        end('signed-out');
      },
      // As the service is configured (AUDITOR_ROLES), not only as ACCESS says; a session stored before the
      // service said so has none until /auth/me answers.
      may: (capability) => !!state.session?.user.capabilities?.includes(capability),
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
