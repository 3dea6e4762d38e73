import type { Schemas } from '../api/client';

export type SignedInUser = Schemas['SignedInUserDto'];

export interface Session {
  accessToken: string;
  expiresAt: string;
  user: SignedInUser;
}

const KEY = 'agressieprotocol.sessie';

/** The session survives a reload in this browser until it expires or the user signs out. */
export function loadSession(now = new Date()): { session: Session | null; expired: boolean } {
  const raw = localStorage.getItem(KEY);
  if (!raw) return { session: null, expired: false };
  try {
    const session = JSON.parse(raw) as Session;
    if (new Date(session.expiresAt) > now) return { session, expired: false };
  } catch {
    // A damaged entry is treated as no session.
  }
  localStorage.removeItem(KEY);
  return { session: null, expired: true };
}

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
}
