/**
 * A short "recently opened" list per operator, kept in this browser's localStorage under
 * `im-console.<name>.<username>` (`local` when nobody is signed in). Newest first, one entry per id,
 * capped; a damaged or unreadable entry reads as empty and a failed write is simply not remembered.
 * Nothing leaves the browser. React reads it through `useSyncExternalStore`, and other tabs' changes
 * (the `storage` event) show up too.
 */
import { useSyncExternalStore } from 'react';

/** What a list stores and how it tells its items apart. */
export interface RecentListSpec<T> {
  /** Key segment: `im-console.<name>.<username>`. */
  name: string;
  /** How many items are kept. */
  max: number;
  /** Whether a stored value is a well-formed item (others are dropped when read). */
  isItem: (value: unknown) => value is T;
  /** An item's identity: remembering an item with the same id replaces the older entry. */
  idOf: (item: T) => string;
}

/** One list kind: read, write and subscribe by operator. */
export interface RecentList<T> {
  /** The storage key of an operator's list. */
  keyFor: (username: string | undefined) => string;
  /** The stored list (the same array until the stored value changes). */
  read: (key: string) => T[];
  /** Puts `item` first in the operator's list, dropping its older entry. */
  remember: (username: string | undefined, item: T) => void;
  /** Removes the item with this id from the operator's list. */
  forget: (username: string | undefined, id: string) => void;
  /** Clears the operator's list. */
  clear: (username: string | undefined) => void;
  /** The operator's list, re-rendering on every change (this tab or another). */
  useList: (username: string | undefined) => T[];
}

const EMPTY: never[] = [];

/** Creates the store of one kind of recent list. */
export function createRecentList<T>(spec: RecentListSpec<T>): RecentList<T> {
  const prefix = `im-console.${spec.name}.`;
  const listeners = new Set<() => void>();
  const cache = new Map<string, { raw: string | null; list: T[] }>();
  const keyFor = (username: string | undefined) => `${prefix}${username || 'local'}`;

  const read = (key: string): T[] => {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(key);
    } catch {
      // storage unavailable: nothing remembered
    }
    const hit = cache.get(key);
    if (hit && hit.raw === raw) return hit.list;
    let list: T[] = [];
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      if (Array.isArray(parsed)) list = parsed.filter(spec.isItem).slice(0, spec.max);
    } catch {
      // a damaged entry is treated as empty
    }
    cache.set(key, { raw, list });
    return list;
  };

  const write = (key: string, list: T[]) => {
    try {
      if (list.length === 0) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(list.slice(0, spec.max)));
    } catch {
      // not remembered
    }
    for (const l of listeners) l();
  };

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    const onStorage = (e: StorageEvent) => {
      if (e.key?.startsWith(prefix)) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  };

  return {
    keyFor,
    read,
    remember: (username, item) => {
      const key = keyFor(username);
      const id = spec.idOf(item);
      write(key, [item, ...read(key).filter((i) => spec.idOf(i) !== id)]);
    },
    forget: (username, id) => {
      const key = keyFor(username);
      write(
        key,
        read(key).filter((i) => spec.idOf(i) !== id),
      );
    },
    clear: (username) => write(keyFor(username), []),
    useList: (username) =>
      useSyncExternalStore(
        subscribe,
        () => read(keyFor(username)),
        () => EMPTY,
      ),
  };
}
