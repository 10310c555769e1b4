/**
 * Recently opened transcripts, remembered per operator in this browser (`src/web/lib/recent-list.ts`:
 * localStorage keyed by the operator's username; `local` when none is signed in).
 */
import { useCallback } from 'react';
import { useOperator } from '../../../lib/access';
import { createRecentList } from '../../../lib/recent-list';
import type { TranscriptTarget } from '../model';

/** How many recent transcripts are kept. */
export const MAX_RECENT_TRANSCRIPTS = 12;

/** One remembered transcript. */
export interface RecentTranscript {
  target: TranscriptTarget;
  /** Milliseconds since the epoch. */
  openedAt: number;
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

const recentTranscripts = createRecentList<RecentTranscript>({
  name: 'recent-transcripts',
  max: MAX_RECENT_TRANSCRIPTS,
  isItem: (r): r is RecentTranscript =>
    typeof r === 'object' &&
    r !== null &&
    isTarget((r as RecentTranscript).target) &&
    typeof (r as RecentTranscript).openedAt === 'number',
  idOf: (r) => targetId(r.target),
});

/** The storage key for an operator's list. */
export const recentTranscriptsKey = recentTranscripts.keyFor;

/** The stored list (a damaged entry reads as empty). */
export const readRecentTranscripts = recentTranscripts.read;

/** Puts `target` first in the operator's list (dropping its older entry). */
export function rememberTranscript(
  username: string | undefined,
  target: TranscriptTarget,
  now = Date.now(),
): void {
  recentTranscripts.remember(username, { target, openedAt: now });
}

/** The signed-in operator's recent transcripts with remember / forget / clear bound to that operator. */
export function useRecentTranscripts() {
  const username = useOperator()?.username;
  return {
    list: recentTranscripts.useList(username),
    remember: useCallback((t: TranscriptTarget) => rememberTranscript(username, t), [username]),
    forget: useCallback((t: TranscriptTarget) => recentTranscripts.forget(username, targetId(t)), [username]),
    clear: useCallback(() => recentTranscripts.clear(username), [username]),
  };
}
