/**
 * Recently opened transcripts, remembered per operator in this browser (localStorage keyed by the
 * operator's username; `local` when none is signed in). Nothing leaves the browser.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useOperator } from '../../../lib/access';
import type { TranscriptTarget } from '../model';

/** How many recent transcripts are kept. */
export const MAX_RECENT_TRANSCRIPTS = 12;

/** One remembered transcript. */
export interface RecentTranscript {
  target: TranscriptTarget;
  /** Milliseconds since the epoch. */
  openedAt: number;
}

/** The storage key for an operator's list. */
export function recentTranscriptsKey(username: string | undefined): string {
  return `im-console.recent-transcripts.${username || 'local'}`;
}

/** A stable identity of a target (two entries with the same id are the same transcript). */
export function targetId(t: TranscriptTarget): string {
  return t.kind === 'c2c'
    ? `c2c\n${t.viewpoint}\n${t.peer}`
    : t.kind === 'group'
      ? `group\n${t.groupId}`
      : `topic\n${t.topicId}`;
}

/** The console path of a transcript. */
export function transcriptPath(t: TranscriptTarget): string {
  const e = encodeURIComponent;
  if (t.kind === 'c2c') return `/history/c2c/${e(t.viewpoint)}/${e(t.peer)}`;
  if (t.kind === 'group') return `/history/group/${e(t.groupId)}`;
  return `/history/topic/${e(t.topicId)}`;
}

function isTarget(v: unknown): v is TranscriptTarget {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  if (t.kind === 'c2c') return typeof t.viewpoint === 'string' && typeof t.peer === 'string';
  if (t.kind === 'group') return typeof t.groupId === 'string';
  if (t.kind === 'topic') return typeof t.groupId === 'string' && typeof t.topicId === 'string';
  return false;
}

const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; list: RecentTranscript[] }>();

/** The stored list (a damaged entry reads as empty). */
export function readRecentTranscripts(key: string): RecentTranscript[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    // storage unavailable: nothing remembered
  }
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.list;
  let list: RecentTranscript[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed))
      list = parsed
        .filter(
          (r): r is RecentTranscript =>
            typeof r === 'object' && r !== null && isTarget(r.target) && typeof r.openedAt === 'number',
        )
        .slice(0, MAX_RECENT_TRANSCRIPTS);
  } catch {
    // damaged: treated as empty
  }
  cache.set(key, { raw, list });
  return list;
}

function write(key: string, list: RecentTranscript[]): void {
  try {
    if (list.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(list.slice(0, MAX_RECENT_TRANSCRIPTS)));
  } catch {
    // not remembered
  }
  for (const l of listeners) l();
}

/** Puts `target` first in the operator's list (dropping its older entry). */
export function rememberTranscript(
  username: string | undefined,
  target: TranscriptTarget,
  now = Date.now(),
): void {
  const key = recentTranscriptsKey(username);
  const id = targetId(target);
  write(key, [
    { target, openedAt: now },
    ...readRecentTranscripts(key).filter((r) => targetId(r.target) !== id),
  ]);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key?.startsWith('im-console.recent-transcripts.')) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The signed-in operator's recent transcripts with remember / forget / clear bound to that operator. */
export function useRecentTranscripts() {
  const username = useOperator()?.username;
  const key = recentTranscriptsKey(username);
  const list = useSyncExternalStore(
    subscribe,
    () => readRecentTranscripts(key),
    () => [],
  );
  return {
    list,
    remember: useCallback((t: TranscriptTarget) => rememberTranscript(username, t), [username]),
    forget: useCallback(
      (t: TranscriptTarget) =>
        write(
          key,
          readRecentTranscripts(key).filter((r) => targetId(r.target) !== targetId(t)),
        ),
      [key],
    ),
    clear: useCallback(() => write(key, []), [key]),
  };
}
