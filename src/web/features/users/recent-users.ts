/**
 * Recently viewed users, remembered per operator in this browser (localStorage, keyed by the operator's
 * username; `local` when no operator is signed in). Nothing leaves the browser.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useOperator } from '../../lib/access';

/** How many recent users are kept. */
export const MAX_RECENT_USERS = 20;

/** One remembered user. */
export interface RecentUser {
  userId: string;
  /** Milliseconds since the epoch. */
  viewedAt: number;
}

/** The storage key for an operator's list. */
export function recentUsersKey(username: string | undefined): string {
  return `im-console.recent-users.${username || 'local'}`;
}

const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; list: RecentUser[] }>();

function read(key: string): RecentUser[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    // storage unavailable: nothing remembered
  }
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.list;
  let list: RecentUser[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed))
      list = parsed
        .filter(
          (u): u is RecentUser =>
            typeof u === 'object' &&
            u !== null &&
            typeof u.userId === 'string' &&
            typeof u.viewedAt === 'number',
        )
        .slice(0, MAX_RECENT_USERS);
  } catch {
    // a damaged entry is treated as empty
  }
  cache.set(key, { raw, list });
  return list;
}

function write(key: string, list: RecentUser[]): void {
  try {
    if (list.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(list.slice(0, MAX_RECENT_USERS)));
  } catch {
    // not remembered
  }
  for (const l of listeners) l();
}

/** Puts `userId` first in the operator's list (dropping its older entry). */
export function rememberRecentUser(username: string | undefined, userId: string, now = Date.now()): void {
  const key = recentUsersKey(username);
  write(key, [{ userId, viewedAt: now }, ...read(key).filter((u) => u.userId !== userId)]);
}

/** Removes one user from the operator's list. */
export function forgetRecentUser(username: string | undefined, userId: string): void {
  const key = recentUsersKey(username);
  write(
    key,
    read(key).filter((u) => u.userId !== userId),
  );
}

/** Clears the operator's list. */
export function clearRecentUsers(username: string | undefined): void {
  write(recentUsersKey(username), []);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key?.startsWith('im-console.recent-users.')) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The signed-in operator's recent users, with remember / forget / clear bound to that operator. */
export function useRecentUsers() {
  const username = useOperator()?.username;
  const key = recentUsersKey(username);
  const list = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => [],
  );
  return {
    list,
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
