/** Session queries and mutations: who is signed in, their sessions, sign in/out, password changes. */
import { queryOptions } from '@tanstack/react-query';
import { sessionInfoSchema, sessionListSchema, type LoginRequest } from '../../../api/console-api';
import { callConsoleApi } from '../../lib/api-client';

/** Query keys and fetchers of the auth feature. */
export const authQueries = {
  all: () => ['auth'] as const,
  /** The signed-in operator; a 401 here means "not signed in", not "session ended" (no redirect report). */
  session: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'session'] as const,
      queryFn: ({ signal }) =>
        callConsoleApi('/api/session', sessionInfoSchema, { signal, reportUnauthenticated: false }),
      retry: false,
      staleTime: 60_000,
    }),
  sessions: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'sessions'] as const,
      queryFn: ({ signal }) => callConsoleApi('/api/sessions', sessionListSchema, { signal }),
    }),
};

/** Signs in; a 401 is a wrong username or password, a 429 a lock with `retryAfterSeconds`. */
export function login(body: LoginRequest) {
  return callConsoleApi('/api/session/login', sessionInfoSchema, {
    method: 'POST',
    body,
    reportUnauthenticated: false,
  });
}

/** Ends the current session. */
export function logout() {
  return callConsoleApi('/api/session/logout', undefined, { method: 'POST', body: {} });
}

/** Changes the signed-in operator's own password. */
export function changePassword(body: { currentPassword: string; newPassword: string }) {
  // A wrong current password must not read as "session ended".
  return callConsoleApi('/api/session/password', undefined, {
    method: 'POST',
    body,
    reportUnauthenticated: false,
  });
}

/** Revokes one session (own, or any for admins). */
export function revokeSession(id: string) {
  return callConsoleApi(`/api/sessions/${encodeURIComponent(id)}`, undefined, { method: 'DELETE' });
}
