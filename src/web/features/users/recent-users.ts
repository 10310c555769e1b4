/**
 * Recently viewed users, remembered per operator in this browser (`src/web/lib/recent-list.ts`:
 * localStorage keyed by the operator's username; `local` when no operator is signed in).
 */
import { useCallback, useEffect } from 'react';
import { useOperator } from '../../lib/access';
import { createRecentList } from '../../lib/recent-list';

/** How many recent users are kept. */
export const MAX_RECENT_USERS = 20;

/** One remembered user. */
export interface RecentUser {
  userId: string;
  /** Milliseconds since the epoch. */
  viewedAt: number;
}

const recentUsers = createRecentList<RecentUser>({
  name: 'recent-users',
  max: MAX_RECENT_USERS,
  isItem: (u): u is RecentUser =>
    typeof u === 'object' &&
    u !== null &&
    typeof (u as RecentUser).userId === 'string' &&
    typeof (u as RecentUser).viewedAt === 'number',
  idOf: (u) => u.userId,
});

/** The storage key for an operator's list. */
export const recentUsersKey = recentUsers.keyFor;

/** Puts `userId` first in the operator's list (dropping its older entry). */
export function rememberRecentUser(username: string | undefined, userId: string, now = Date.now()): void {
  recentUsers.remember(username, { userId, viewedAt: now });
}

/** Removes one user from the operator's list. */
export const forgetRecentUser = recentUsers.forget;

/** Clears the operator's list. */
export const clearRecentUsers = recentUsers.clear;

/** The signed-in operator's recent users, with remember / forget / clear bound to that operator. */
export function useRecentUsers() {
  const username = useOperator()?.username;
  return {
    list: recentUsers.useList(username),
    remember: useCallback((id: string) => rememberRecentUser(username, id), [username]),
    forget: useCallback((id: string) => forgetRecentUser(username, id), [username]),
    clear: useCallback(() => clearRecentUsers(username), [username]),
  };
}

/** Remembers `userId` as viewed by the signed-in operator (call from the user's page). */
export function useRememberRecentUser(userId: string | undefined): void {
  const username = useOperator()?.username;
  useEffect(() => {
    if (userId) rememberRecentUser(username, userId);
  }, [username, userId]);
}
