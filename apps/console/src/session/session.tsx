import { createContext, useCallback, useContext, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, rawFetch, whenUnauthenticated } from '../api/client';

export type Role = 'admin' | 'officer' | 'auditor' | 'analyst';

/** Who is signed in (GET /api/session, the console contract). */
export interface SessionUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** The root unit of what the user may see and do, or `*` for the whole deployment. */
  readonly orgScope: string;
  readonly mustChangePassword: boolean;
}

interface Session {
  /** undefined while the session is being read; null when nobody is signed in. */
  readonly user: SessionUser | null | undefined;
  /** Set when a request found the session ended. */
  readonly expired: boolean;
  signIn(username: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);
const SESSION_KEY = ['session'];
const EXPIRED_KEY = ['session-expired'];
/** What outlives a change of user: the session itself and the api's document. */
const KEPT = new Set(['session', 'session-expired', 'openapi-document']);

async function readSession(): Promise<SessionUser | null> {
  try {
    return (await (await rawFetch('/api/session')).json()) as SessionUser;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const queries = useQueryClient();
  const { data: user } = useQuery({ queryKey: SESSION_KEY, queryFn: readSession, retry: false });
  const { data: expired = false } = useQuery({
    queryKey: EXPIRED_KEY,
    queryFn: () => false,
    staleTime: Infinity,
  });
  useEffect(
    () =>
      whenUnauthenticated(() => {
        if (queries.getQueryData(SESSION_KEY)) queries.setQueryData(EXPIRED_KEY, true);
        queries.setQueryData(SESSION_KEY, null);
      }),
    [queries],
  );
  // Another user's data never shows: every query but the session's and the document's is dropped.
  const forgetData = useCallback(
    () => queries.removeQueries({ predicate: (query) => !KEPT.has(String(query.queryKey[0])) }),
    [queries],
  );
  const signIn = useCallback(
    async (username: string, password: string) => {
      const signedIn = (await (
        await rawFetch('/api/session', json({ username, password }))
      ).json()) as SessionUser;
      forgetData();
      queries.setQueryData(SESSION_KEY, signedIn);
      queries.setQueryData(EXPIRED_KEY, false);
      return signedIn;
    },
    [queries, forgetData],
  );
  const signOut = useCallback(async () => {
    await rawFetch('/api/session', { method: 'DELETE' }).catch(() => undefined);
    forgetData();
    queries.setQueryData(SESSION_KEY, null);
  }, [queries, forgetData]);
  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      await rawFetch('/api/session/password', json({ currentPassword, newPassword }));
      await queries.invalidateQueries({ queryKey: SESSION_KEY });
    },
    [queries],
  );
  const value = useMemo<Session>(
    () => ({ user, expired, signIn, signOut, changePassword }),
    [user, expired, signIn, signOut, changePassword],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user (inside the routes that need one). */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('no user signed in');
  return user;
}

/** What each role may open (the api decides; this only leaves out what would answer 403). */
export const CAN = {
  act: (role: Role) => role === 'officer' || role === 'admin',
  query: (role: Role) => role === 'officer' || role === 'analyst' || role === 'admin',
  history: (role: Role) => role === 'officer' || role === 'auditor' || role === 'admin',
  verify: (role: Role) => role === 'auditor' || role === 'admin',
};

/** Where each role starts. */
export function homeOf(role: Role): string {
  if (role === 'auditor') return '/audit';
  if (role === 'analyst') return '/dashboard';
  return '/worklist';
}
